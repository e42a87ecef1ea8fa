// Technique: a counting loop whose step is zero, so its counter never reaches the bound.
// expect: endless-loop
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const STEP = 0;

export default function Video(_props: GeneratedVideoProps) {
  let total = 0;
  for (let i = 0; i < 10; i += STEP) {
    total += 1;
  }
  return <AbsoluteFill style={{ opacity: total > 0 ? 1 : 0 }} />;
}
