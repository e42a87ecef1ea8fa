// Technique: aliasing Math to hide Math.random.
// expect: global-alias
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const M = Math;
  const x = M.random();
  return <AbsoluteFill style={{ opacity: x }} />;
}
