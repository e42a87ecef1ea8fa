// Technique: finding Function among property descriptors.
// expect: forbidden-member
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const found = Object.values(Object.getOwnPropertyDescriptors(Object.getPrototypeOf(() => 0)));
  return <AbsoluteFill>{found.length}</AbsoluteFill>;
}
