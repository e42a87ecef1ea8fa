// Technique: building hidden strings from char codes.
// expect: forbidden-member
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const key = String.fromCharCode(99, 111, 110, 115, 116, 114, 117, 99, 116, 111, 114);
  return <AbsoluteFill>{key}</AbsoluteFill>;
}
