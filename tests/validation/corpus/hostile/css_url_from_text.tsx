// Technique: a CSS url() built from catalog text.
// expect: css-url
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {

  return <AbsoluteFill style={{ backgroundImage: `url(${facts.domain})` }} />;
}
