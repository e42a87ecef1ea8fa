// Technique: destructuring with a computed, built key.
// expect: constructor-access
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const { ['constr' + 'uctor']: F } = { constructor: 1 };
  return <AbsoluteFill>{String(F)}</AbsoluteFill>;
}
