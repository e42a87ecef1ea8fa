// Technique: a counter kept in the closure of a module-level IIFE: every frame sees the frames counted before it.
// expect: module-state
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const next = (() => {
  let count = 0;
  return () => ++count;
})();

export default function Video(_props: GeneratedVideoProps) {
  return <AbsoluteFill style={{ opacity: next() % 2 }} />;
}
