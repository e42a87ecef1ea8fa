// Technique: a value widened to unknown, then asserted to a key literal.
// expect: type-laundering
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const wide: unknown = facts.title;
  const key = wide as 'title';
  const value = facts[key];
  return <AbsoluteFill>{value}</AbsoluteFill>;
}
