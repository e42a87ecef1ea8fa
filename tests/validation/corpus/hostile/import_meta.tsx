// Technique: import.meta.
// expect: import-meta
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const here = import.meta.url;
  return <AbsoluteFill>{here}</AbsoluteFill>;
}
