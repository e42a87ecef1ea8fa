// Technique: constructor name built with a template literal.
// expect: constructor-access
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const part = 'struct';
  const key = `con${part}or`;
  const table: Record<string, unknown> = {};
  const value = table[key];
  return <AbsoluteFill>{String(value)}</AbsoluteFill>;
}
