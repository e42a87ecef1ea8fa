// Technique: while (true) with no way out.
// expect: endless-loop
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  let n = 0;
  while (true) {
    n += 1;
  }
  return <AbsoluteFill />;
}
