// Technique: React['createElement'] reached by a computed name builds an <iframe srcDoc>.
// expect: forbidden-element
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video(_props: GeneratedVideoProps) {
  return <AbsoluteFill>{React['createElement']('iframe', { srcDoc: '<p>hello</p>' })}</AbsoluteFill>;
}
