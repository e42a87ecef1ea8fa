// Technique: reversing the props in place: they are shared by every frame, so the order flips from frame to frame.
// expect: module-state
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ script }: GeneratedVideoProps) {
  const scenes = script.scenes.reverse();
  return <AbsoluteFill>{scenes[0]?.headline}</AbsoluteFill>;
}
