// Technique: calling fetch.
// expect: network-api
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  void fetch('https://example.com/collect');
  return <AbsoluteFill />;
}
