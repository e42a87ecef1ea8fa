// Technique: destructuring random out of Math.
// expect: nondeterministic
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const { random } = Math;
  const x = random();
  return <AbsoluteFill style={{ opacity: x }} />;
}
