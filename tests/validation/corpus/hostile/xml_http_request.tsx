// Technique: an XMLHttpRequest.
// expect: network-api
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const request = new XMLHttpRequest();
  request.open('GET', '/x');
  return <AbsoluteFill />;
}
