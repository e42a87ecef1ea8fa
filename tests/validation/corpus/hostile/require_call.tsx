// Technique: require of a Node module.
// expect: require
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const cp = require('child_process');
  return <AbsoluteFill>{String(cp)}</AbsoluteFill>;
}
