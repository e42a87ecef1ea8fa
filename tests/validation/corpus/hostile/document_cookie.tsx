// Technique: reading the document.
// expect: forbidden-global
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const cookie = document.cookie;
  return <AbsoluteFill>{cookie}</AbsoluteFill>;
}
