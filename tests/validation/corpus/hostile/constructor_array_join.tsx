// Technique: constructor name joined from an array.
// expect: constructor-access
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const key = ['con', 'struc', 'tor'].join('');
  const fn = (): number => 1;
  const C = (fn as unknown as Record<string, unknown>)[key];
  return <AbsoluteFill>{String(C)}</AbsoluteFill>;
}
