// Technique: a loop that never ends from frame 2 on (its condition reads a variable the body changes, so it does
// not look endless). Needs the watchdog (wall 4): the render must fail in bounded time.
import React from 'react';
import { AbsoluteFill, useCurrentFrame } from 'remotion';

export default function Video() {
  const frame = useCurrentFrame();
  let spins = 0;
  if (frame >= 2) {
    while (spins >= 0) {
      spins = (spins + 1) % 7;
    }
  }
  return <AbsoluteFill style={{ backgroundColor: '#102030', opacity: 1 - spins }} />;
}
