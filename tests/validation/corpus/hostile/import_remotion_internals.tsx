// Technique: Remotion's Internals.
// expect: forbidden-import
import { Internals } from 'remotion';
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const keys = Object.keys(Internals);
  return <AbsoluteFill>{keys.length}</AbsoluteFill>;
}
