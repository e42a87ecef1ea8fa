// Technique: a condition over a variable nothing in the loop changes.
// expect: endless-loop
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  let i = 0;
  let total = 0;
  while (i < 10) {
    total += 2;
  }
  return <AbsoluteFill>{total + i}</AbsoluteFill>;
}
