// Technique: a break that only leaves an inner switch.
// expect: endless-loop
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  let n = 0;
  while (true) {
    switch (n) {
      case 1:
        break;
      default:
        n = 1;
    }
  }
  return <AbsoluteFill />;
}
