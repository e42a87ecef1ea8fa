// Technique: `this` in a sloppy function is the window.
// expect: this-escape
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const root = (function (this: unknown) {
    return this;
  })();
  return <AbsoluteFill>{String(root)}</AbsoluteFill>;
}
