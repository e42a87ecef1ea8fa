// Technique: a regular expression with catastrophic backtracking (2^40 paths) from frame 2 on. Needs the
// watchdog (wall 4).
import React from 'react';
import { AbsoluteFill, useCurrentFrame } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const frame = useCurrentFrame();
  const text = frame >= 2 ? `${'a'.repeat(40)}!` : facts.title;
  const wordy = /^(\w+\s?)*$/.test(text);
  return <AbsoluteFill style={{ backgroundColor: wordy ? '#203040' : '#402030' }} />;
}
