// Technique: delayRender reached through an alias of the remotion namespace, never continued.
// expect: import-alias
import React from 'react';
import * as Remotion from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const R = Remotion;

export default function Video(_props: GeneratedVideoProps) {
  R.delayRender('waiting forever');
  return <Remotion.AbsoluteFill />;
}
