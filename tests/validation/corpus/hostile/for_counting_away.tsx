// Technique: a counter stepping away from its bound.
// expect: endless-loop
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  let total = 0;
  for (let i = 0; i < 10; i--) {
    total += i;
  }
  return <AbsoluteFill>{total}</AbsoluteFill>;
}
