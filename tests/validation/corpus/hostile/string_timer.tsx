// Technique: setTimeout with a string body.
// expect: string-timer
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  setTimeout('fetch("/x")', 10);
  return <AbsoluteFill />;
}
