// Technique: createElement destructured out of React builds an <iframe SrcDoc>.
// expect: forbidden-element
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video(_props: GeneratedVideoProps) {
  const { createElement: make } = React;
  return <AbsoluteFill>{make('iframe', { SrcDoc: '<p>hello</p>' })}</AbsoluteFill>;
}
