// Technique: constructor name built with +.
// expect: constructor-access
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const key = 'constr' + 'uctor';
  const f = (() => 0) as unknown as Record<string, Record<string, (code: string) => void>>;
  f[key]?.[key]?.('fetch("/x")');
  return <AbsoluteFill />;
}
