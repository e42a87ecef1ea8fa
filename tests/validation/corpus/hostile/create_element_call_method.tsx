// Technique: React.createElement.call builds an <iframe> without calling createElement by name.
// expect: forbidden-element
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video(_props: GeneratedVideoProps) {
  return <AbsoluteFill>{React.createElement.call(null, 'iframe', { key: 'frame' })}</AbsoluteFill>;
}
