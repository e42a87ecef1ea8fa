// Technique: a spring with almost no damping and a duration: measuring when it settles never finishes.
// expect: undamped-spring
import React from 'react';
import { AbsoluteFill, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video(_props: GeneratedVideoProps) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const enter = spring({ frame, fps, durationInFrames: 30, config: { damping: 0.000001, stiffness: 100 } });
  return <AbsoluteFill style={{ opacity: enter }} />;
}
