// Technique: __proto__ through a computed key.
// expect: proto-access
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const o: Record<string, Record<string, string>> = {};
  const proto = o['__proto__'];
  if (proto) {
    proto.polluted = 'yes';
  }
  return <AbsoluteFill />;
}
