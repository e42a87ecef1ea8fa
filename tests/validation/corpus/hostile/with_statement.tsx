// Technique: with to hide which name is meant.
// expect: with-statement
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const scope = { x: 1 };
  with (scope) {
    x;
  }
  return <AbsoluteFill />;
}
