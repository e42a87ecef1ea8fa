// Technique: Object.assign onto a global.
// expect: global-mutation
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  Object.assign(Error, { stackTraceLimit: 0 });
  return <AbsoluteFill />;
}
