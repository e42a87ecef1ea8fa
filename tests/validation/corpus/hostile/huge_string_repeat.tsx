// Technique: a string repeated 2^30 times exhausts memory.
// expect: huge-allocation
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const wall = facts.title.repeat(2 ** 30);
  return <AbsoluteFill>{wall.length}</AbsoluteFill>;
}
