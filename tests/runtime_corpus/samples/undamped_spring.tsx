// Technique: a spring that barely loses energy; with durationInFrames Remotion measures it frame by frame until it
// settles, which takes hours. Also a spring stepped to frame 10^12. From frame 2 on.
import React from 'react';
import { AbsoluteFill, spring, useCurrentFrame, useVideoConfig } from 'remotion';

export default function Video() {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const value =
    frame < 2
      ? 0
      : frame % 2 === 0
        ? spring({ frame, fps, config: { damping: 0.001 }, durationInFrames: 30 })
        : spring({ frame: frame * 1e12, fps });
  return <AbsoluteFill style={{ backgroundColor: '#203040', opacity: value }} />;
}
