// Technique: a run-time string asserted to a harmless literal type.
// expect: computed-member
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const fn = { name: 'x' };
  const value = fn[facts.title as 'name'];
  return <AbsoluteFill>{value}</AbsoluteFill>;
}
