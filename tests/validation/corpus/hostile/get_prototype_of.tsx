// Technique: reaching Function through Object.getPrototypeOf.
// expect: forbidden-member
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const AsyncFunction = Object.getPrototypeOf(async () => undefined);
  return <AbsoluteFill>{String(AsyncFunction)}</AbsoluteFill>;
}
