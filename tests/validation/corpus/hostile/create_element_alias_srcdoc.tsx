// Technique: createElement under another name builds an <iframe srcDoc>.
// expect: forbidden-element
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const h = React.createElement;

export default function Video(_props: GeneratedVideoProps) {
  return <AbsoluteFill>{h('iframe', { srcDoc: '<p>hello</p>' })}</AbsoluteFill>;
}
