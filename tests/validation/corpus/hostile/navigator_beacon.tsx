// Technique: navigator.sendBeacon.
// expect: network-api
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  navigator.sendBeacon('/beacon', facts.title);
  return <AbsoluteFill />;
}
