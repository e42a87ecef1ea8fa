// Technique: cloneElement overrides a checked image's src with catalog text.
// expect: dynamic-src
import React from 'react';
import { AbsoluteFill, Img } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts, images }: GeneratedVideoProps) {
  return <AbsoluteFill>{React.cloneElement(<Img src={images[0] ?? ''} />, { src: facts.domain })}</AbsoluteFill>;
}
