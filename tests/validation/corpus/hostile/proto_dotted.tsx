// Technique: __proto__ as a property.
// expect: proto-access
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const o = {} as { __proto__: Record<string, string> };
  o.__proto__.toString = 'x';
  return <AbsoluteFill />;
}
