// Technique: an arrow function's constructor is Function.
// expect: constructor-access
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const F = (() => 0).constructor as (code: string) => () => void;
  F('return this')();
  return <AbsoluteFill />;
}
