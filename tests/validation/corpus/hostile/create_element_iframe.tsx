// Technique: React.createElement of an iframe.
// expect: forbidden-element
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const frame = React.createElement('iframe', { src: '/x' });
  return <AbsoluteFill>{frame}</AbsoluteFill>;
}
