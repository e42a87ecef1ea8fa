// Technique: Date.now.
// expect: nondeterministic
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const t = Date.now() % 1000;
  return <AbsoluteFill style={{ opacity: t / 1000 }} />;
}
