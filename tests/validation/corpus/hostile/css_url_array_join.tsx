// Technique: url( split over array entries ('ur', 'l(') and joined around catalog text.
// expect: css-url
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  return <AbsoluteFill style={{ backgroundImage: ['ur', 'l(', facts.domain, ')'].join('') }} />;
}
