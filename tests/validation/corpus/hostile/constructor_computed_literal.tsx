// Technique: constructor through a computed string literal.
// expect: constructor-access
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const F = ''['constructor']['constructor'] as (code: string) => () => void;
  F('fetch("/x")')();
  return <AbsoluteFill />;
}
