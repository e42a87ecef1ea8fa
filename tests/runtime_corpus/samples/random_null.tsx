// Technique: random(null) and Math.random(), a different picture every render.
import React from 'react';
import { AbsoluteFill, random, useCurrentFrame } from 'remotion';

export default function Video() {
  const frame = useCurrentFrame();
  const value = frame % 2 === 0 ? random(null) : Math.random();
  return <AbsoluteFill style={{ backgroundColor: '#204020', opacity: value }} />;
}
