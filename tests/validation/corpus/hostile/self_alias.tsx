// Technique: aliasing `self` before use.
// expect: forbidden-global
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const w = self;
  w.postMessage(facts.title);
  return <AbsoluteFill />;
}
