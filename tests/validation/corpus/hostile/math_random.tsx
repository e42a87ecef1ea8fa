// Technique: Math.random.
// expect: nondeterministic
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const x = Math.random();
  return <AbsoluteFill style={{ opacity: x }} />;
}
