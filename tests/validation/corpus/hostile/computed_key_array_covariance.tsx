// Technique: array covariance writes a run-time string into an array typed as a harmless literal; it reaches Function.
// expect: computed-member
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

function tool(): number {
  return 0;
}
tool.make = (code: string) => () => code;

export default function Video(_props: GeneratedVideoProps) {
  const keys: 'make'[] = [];
  const wide: string[] = keys;
  wide.push([...'rotcurtsnoc'].reverse().join(''));
  const text = String(tool[keys[0]]('return 1')());
  return <AbsoluteFill>{text}</AbsoluteFill>;
}
