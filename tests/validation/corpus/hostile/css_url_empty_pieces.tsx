// Technique: empty template pieces between url( and catalog text, so only the empty piece was traced.
// expect: css-url
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  return <AbsoluteFill style={{ backgroundImage: `url(${''}${facts.domain})` }} />;
}
