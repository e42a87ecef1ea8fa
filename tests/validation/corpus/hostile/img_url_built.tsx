// Technique: an image URL built from pieces.
// expect: external-url
import { Img } from 'remotion';
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const base = 'ht' + 'tp://';
  return <Img src={base + 'example.com/p.png'} />;
}
