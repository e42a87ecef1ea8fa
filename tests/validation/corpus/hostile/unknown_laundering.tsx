// Technique: as unknown as, to make a string pass as a key literal.
// expect: type-laundering
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const key = facts.title as unknown as 'title';
  const value = facts[key];
  return <AbsoluteFill>{value}</AbsoluteFill>;
}
