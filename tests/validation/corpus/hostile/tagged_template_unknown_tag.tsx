// Technique: a tagged template on a library function.
// expect: tagged-template
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const element = React.createElement`iframe`;
  return <AbsoluteFill>{String(element)}</AbsoluteFill>;
}
