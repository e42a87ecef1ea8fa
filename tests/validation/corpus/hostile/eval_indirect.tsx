// Technique: indirect eval through a comma expression.
// expect: eval
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  (0, eval)('this.fetch("/x")');
  return <AbsoluteFill />;
}
