// Technique: constructor name reversed at run time.
// expect: constructor-access
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const key = 'rotcurtsnoc'.split('').reverse().join('');
  const box: Record<string, number> = { a: 1 };
  const C = box[key];
  return <AbsoluteFill>{C}</AbsoluteFill>;
}
