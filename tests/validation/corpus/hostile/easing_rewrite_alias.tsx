// Technique: Remotion's shared Easing rewritten through an alias, for every composition in the page.
// expect: import-alias
import React from 'react';
import { AbsoluteFill, Easing } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const shared = Easing;
shared.linear = (t: number) => 1 - t;

export default function Video(_props: GeneratedVideoProps) {
  return <AbsoluteFill />;
}
