// Technique: url( split by an empty template piece (`url${''}(`), so the spelling never appears whole.
// expect: css-url
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  return <AbsoluteFill style={{ backgroundImage: `url${''}(${facts.domain})` }} />;
}
