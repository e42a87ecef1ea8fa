// Technique: delayRender without continueRender stalls the render.
// expect: forbidden-import
import { delayRender } from 'remotion';
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  delayRender('waiting forever');
  return <AbsoluteFill />;
}
