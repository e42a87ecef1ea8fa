// Technique: a CSS escape spells url( so that matching by spelling misses it (\75 is "u").
// expect: css-url
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video(_props: GeneratedVideoProps) {
  return <AbsoluteFill style={{ backgroundImage: '\\75 rl(\\2f\\2f evil.example\\2fpixel.png)' }} />;
}
