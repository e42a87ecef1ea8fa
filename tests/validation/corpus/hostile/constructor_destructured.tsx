// Technique: destructuring constructor out of a function.
// expect: constructor-access
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const { constructor: F } = (() => 0) as unknown as { constructor: (code: string) => () => void };
  F('fetch("/x")')();
  return <AbsoluteFill />;
}
