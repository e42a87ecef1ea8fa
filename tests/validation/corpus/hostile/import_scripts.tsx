// Technique: importScripts.
// expect: network-api
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  importScripts('/worker.js');
  return <AbsoluteFill />;
}
