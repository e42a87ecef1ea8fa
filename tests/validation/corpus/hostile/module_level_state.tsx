// Technique: state kept at module level between frames: what a frame shows depends on which frames came before.
// expect: module-state
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

let framesSeen = 0;

export default function Video(_props: GeneratedVideoProps) {
  framesSeen += 1;
  return <AbsoluteFill style={{ opacity: (framesSeen % 10) / 10 }} />;
}
