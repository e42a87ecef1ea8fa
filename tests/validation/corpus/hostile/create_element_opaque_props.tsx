// Technique: React.createElement with props built elsewhere.
// expect: dynamic-props
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const props = { title: facts.title };
  const element = React.createElement('div', props);
  return <AbsoluteFill>{element}</AbsoluteFill>;
}
