// Technique: a default parameter of an images.map callback carries catalog text into an image source.
// expect: dynamic-src
import React from 'react';
import { AbsoluteFill, Img } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts, images }: GeneratedVideoProps) {
  return <AbsoluteFill>{images.map((src = facts.domain, i) => (src ? <Img key={i} src={src} /> : null))}</AbsoluteFill>;
}
