// Technique: random() given a seed that is null at run time: Math.random under another name.
// expect: nondeterministic
import React from 'react';
import { AbsoluteFill, random } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ script }: GeneratedVideoProps) {
  const seed = script.scenes.length > 100 ? 'scenes' : null;
  return <AbsoluteFill style={{ opacity: random(seed) }} />;
}
