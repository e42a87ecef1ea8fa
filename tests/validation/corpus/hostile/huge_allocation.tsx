// Technique: an array of a billion entries exhausts the render page's memory.
// expect: huge-allocation
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video(_props: GeneratedVideoProps) {
  const cells = Array.from({ length: 1e9 }, (_, i) => i);
  return <AbsoluteFill style={{ opacity: cells.length > 0 ? 1 : 0 }} />;
}
