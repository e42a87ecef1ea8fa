// Technique: globalThis with a computed, string-built member.
// expect: forbidden-global
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const name = 'fet' + 'ch';
  (globalThis as unknown as Record<string, (url: string) => void>)[name]?.('x');
  return <AbsoluteFill />;
}
