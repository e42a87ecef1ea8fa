// Technique: a Proxy to intercept property reads.
// expect: forbidden-global
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const spy = new Proxy({}, {});
  return <AbsoluteFill>{String(spy)}</AbsoluteFill>;
}
