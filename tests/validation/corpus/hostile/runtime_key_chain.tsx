// Technique: a key known only at run time, chained into a call.
// expect: computed-member
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const table: Record<string, Record<string, () => void>> = {};
  table[facts.title]?.[facts.domain]?.();
  return <AbsoluteFill />;
}
