// Technique: writing into a row looked up with catalog text: with '__proto__' it pollutes Object.prototype.
// expect: computed-member
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const ROWS: Record<string, { title: string }> = { intro: { title: 'Intro' } };

export default function Video({ facts }: GeneratedVideoProps) {
  const row = ROWS[facts.title];
  if (row) {
    row.title = facts.domain;
  }
  return <AbsoluteFill />;
}
