// Technique: spread data whose key is computed, so the prop it sets cannot be read from the source.
// expect: jsx-spread
import React from 'react';
import { AbsoluteFill, Img } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const KEY = ['image', 'Url'].join('');
const HERO = { alt: 'Hero', [KEY]: 'pixel.gif' };

const Hero = (props: { alt: string; imageUrl?: string }) => <Img src={props.imageUrl ?? ''} alt={props.alt} />;

export default function Video(_props: GeneratedVideoProps) {
  return (
    <AbsoluteFill>
      <Hero {...HERO} />
    </AbsoluteFill>
  );
}
