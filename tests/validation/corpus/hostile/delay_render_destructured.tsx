// Technique: delayRender destructured out of the remotion namespace, never continued.
// expect: forbidden-import
import React from 'react';
import * as Remotion from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video(_props: GeneratedVideoProps) {
  const { delayRender: wait } = Remotion;
  wait('waiting forever');
  return <Remotion.AbsoluteFill />;
}
