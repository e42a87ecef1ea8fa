// Technique: do { } while (true).
// expect: endless-loop
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  let n = 0;
  do {
    n += 1;
  } while (true);
  return <AbsoluteFill />;
}
