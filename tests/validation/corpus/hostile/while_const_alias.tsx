// Technique: an always-true condition hidden behind a const.
// expect: endless-loop
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const forever = !0;
  let n = 0;
  while (forever) {
    n += 1;
  }
  return <AbsoluteFill />;
}
