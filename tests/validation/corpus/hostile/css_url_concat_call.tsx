// Technique: url( built with String.prototype.concat around catalog text instead of + or a template.
// expect: css-url
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  return <AbsoluteFill style={{ backgroundImage: 'url('.concat(facts.domain, ')') }} />;
}
