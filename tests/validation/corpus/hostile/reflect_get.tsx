// Technique: Reflect.get with a constructor key.
// expect: forbidden-global
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const F = Reflect.get(() => 0, 'constructor') as (code: string) => () => void;
  F('x')();
  return <AbsoluteFill />;
}
