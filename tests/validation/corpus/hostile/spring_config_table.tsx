// Technique: an undamped spring hidden in a const table of configs, with a duration so Remotion measures it.
// expect: undamped-spring
import React from 'react';
import { AbsoluteFill, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const SPRINGS = { soft: { damping: 0.01, mass: 1 }, hard: { damping: 200 } };

export default function Video({ script }: GeneratedVideoProps) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const kind = script.scenes.length > 2 ? 'soft' : 'hard';
  return <AbsoluteFill style={{ opacity: spring({ frame, fps, config: SPRINGS[kind], durationInFrames: 30 }) }} />;
}
