// Technique: an image source taken from catalog text.
// expect: dynamic-src
import { Img } from 'remotion';
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {

  return <Img src={facts.domain} />;
}
