// Technique: an any cast hides the value's real type.
// expect: any-type
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const value = (facts as any).title;
  return <AbsoluteFill>{value}</AbsoluteFill>;
}
