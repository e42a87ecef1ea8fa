// Technique: Remotion's shared Easing rewritten through a cast and a nested member.
// expect: global-mutation
import React from 'react';
import * as Remotion from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

(Remotion.Easing as { linear: (t: number) => number }).linear = (t: number) => 1 - t;

export default function Video(_props: GeneratedVideoProps) {
  return <Remotion.AbsoluteFill />;
}
