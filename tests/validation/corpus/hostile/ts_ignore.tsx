// Technique: @ts-ignore to hide a type error.
// expect: ts-suppression
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  // @ts-ignore
  const n: number = facts.title;
  return <AbsoluteFill>{n}</AbsoluteFill>;
}
