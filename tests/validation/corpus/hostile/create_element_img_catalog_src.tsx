// Technique: createElement('img') with a src taken from catalog text: the media-source rule saw only JSX attributes.
// expect: dynamic-src
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  return <AbsoluteFill>{React.createElement('img', { src: facts.domain })}</AbsoluteFill>;
}
