// Technique: new Function.
// expect: function-constructor
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  new Function('return fetch')()('/x');
  return <AbsoluteFill />;
}
