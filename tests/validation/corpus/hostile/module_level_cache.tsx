// Technique: a module-level array filled while frames render: frames differ with the order they are rendered in.
// expect: module-state
import React from 'react';
import { AbsoluteFill, useCurrentFrame } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const SEEN: number[] = [];

export default function Video(_props: GeneratedVideoProps) {
  const frame = useCurrentFrame();
  SEEN.push(frame);
  return <AbsoluteFill style={{ opacity: SEEN.length % 2 }} />;
}
