// Technique: random(null) is Math.random under another name: frames differ between renders.
// expect: nondeterministic
import React from 'react';
import { AbsoluteFill, random } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video(_props: GeneratedVideoProps) {
  return <AbsoluteFill style={{ opacity: random(null) }} />;
}
