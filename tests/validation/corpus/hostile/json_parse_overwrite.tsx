// Technique: overwriting a shared global's member.
// expect: global-mutation
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  JSON.parse = (() => ({})) as typeof JSON.parse;
  return <AbsoluteFill />;
}
