// Technique: a type guard narrows a key built at run time to a harmless literal; on a function it reaches Function.
// expect: computed-member
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

function tool(): number {
  return 0;
}
tool.make = (code: string) => () => code;

const isMake = (key: string): key is 'make' => key.length > 0;

export default function Video(_props: GeneratedVideoProps) {
  const key = [...'rotcurtsnoc'].reverse().join('');
  const text = isMake(key) ? String(tool[key]('return 1')()) : '';
  return <AbsoluteFill>{text}</AbsoluteFill>;
}
