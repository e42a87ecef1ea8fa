// Technique: two lookups with keys typed as harmless literals: an object's constructor, then its constructor (Function).
// expect: computed-member
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

type Maker = (code: string) => () => string;
const TABLE: { a: { b: Maker } } = { a: { b: (code) => () => code } };

const isA = (key: string): key is 'a' => key.length > 0;
const isB = (key: string): key is 'b' => key.length > 0;

export default function Video(_props: GeneratedVideoProps) {
  const first = [...'rotcurtsnoc'].reverse().join('');
  const second = first.slice(0);
  const text = isA(first) && isB(second) ? TABLE[first][second]('return 1')() : '';
  return <AbsoluteFill>{text}</AbsoluteFill>;
}
