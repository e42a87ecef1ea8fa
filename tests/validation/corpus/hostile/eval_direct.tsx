// Technique: direct eval.
// expect: eval
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  eval('fetch("/x")');
  return <AbsoluteFill />;
}
