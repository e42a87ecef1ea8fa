// Technique: import() of a remote module.
// expect: dynamic-import
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  void import('https://example.com/payload.js');
  return <AbsoluteFill />;
}
