// Technique: Function called as a tagged template.
// expect: function-constructor
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const run = Function`return fetch`;
  run();
  return <AbsoluteFill />;
}
