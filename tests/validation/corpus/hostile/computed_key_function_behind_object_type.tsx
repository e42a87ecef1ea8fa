// Technique: a function typed as a plain object ({ a: Maker }) and a key typed 'a' by a guard: its constructor is Function.
// expect: computed-member
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

type Maker = (code: string) => () => string;
const tool: { a: Maker } = Object.assign(() => 0, { a: (code: string) => () => code });
const isA = (key: string): key is 'a' => key.length > 0;

export default function Video(_props: GeneratedVideoProps) {
  const key = [...'rotcurtsnoc'].reverse().join('');
  return <AbsoluteFill>{isA(key) ? tool[key]('return 1')() : ''}</AbsoluteFill>;
}
