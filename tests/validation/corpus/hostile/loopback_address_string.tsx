// Technique: a loopback address kept in a string.
// expect: external-url
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const target = '127.0.0.1:9999';
  return <AbsoluteFill>{target}</AbsoluteFill>;
}
