// Technique: case-varied forbidden prop names passed to createElement (DangerouslySetInnerHTML, SRC).
// expect: dynamic-src
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  return <AbsoluteFill>{React.createElement('img', { SRC: facts.domain })}</AbsoluteFill>;
}
