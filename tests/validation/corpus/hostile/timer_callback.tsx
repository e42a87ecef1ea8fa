// Technique: setInterval with a function.
// expect: timer
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  setInterval(() => undefined, 100);
  return <AbsoluteFill />;
}
