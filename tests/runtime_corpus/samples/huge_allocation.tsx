// Technique: an allocation that grows until the tab runs out of memory, from frame 2 on. Needs the watchdog and
// the heap limit (wall 4): the render must fail in bounded time.
import React from 'react';
import { AbsoluteFill, useCurrentFrame } from 'remotion';

export default function Video() {
  const frame = useCurrentFrame();
  const hoard: number[][] = [];
  if (frame >= 2) {
    // 64 MB of doubles at a time (a string from repeat() would only be a rope of a few nodes).
    for (let i = 0; i < 1e6; i++) {
      hoard.push(new Array(1 << 23).fill(i + 0.5));
    }
  }
  return <AbsoluteFill style={{ backgroundColor: '#302010', opacity: hoard.length > 0 ? 0.5 : 1 }} />;
}
