// Technique: a run-time string passed off as a number through JSON.parse's any.
// expect: any-value
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const key: number = JSON.parse(facts.title);
  const table: Record<number, Record<number, () => void>> = {};
  const hidden = table[key];
  return <AbsoluteFill>{String(hidden)}</AbsoluteFill>;
}
