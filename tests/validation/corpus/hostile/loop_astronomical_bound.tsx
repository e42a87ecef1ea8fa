// Technique: a loop with a bound so large it never finishes a frame.
// expect: huge-loop
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video(_props: GeneratedVideoProps) {
  let total = 0;
  for (let i = 0; i < 1e15; i++) {
    total += i % 3;
  }
  return <AbsoluteFill style={{ opacity: total > 0 ? 1 : 0 }} />;
}
