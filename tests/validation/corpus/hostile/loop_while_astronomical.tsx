// Technique: a while loop counting up to Number.MAX_SAFE_INTEGER.
// expect: huge-loop
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video(_props: GeneratedVideoProps) {
  let step = 0;
  while (step < Number.MAX_SAFE_INTEGER) {
    step += 1;
  }
  return <AbsoluteFill style={{ opacity: step > 0 ? 1 : 0 }} />;
}
