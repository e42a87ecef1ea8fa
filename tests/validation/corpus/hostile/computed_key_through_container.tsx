// Technique: a lookup result parked in an object, then looked up again: Object, then Function.
// expect: computed-member
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

type Maker = (code: string) => () => string;
const TABLE: Record<string, Record<string, Maker>> = { a: { b: (code) => () => code } };

export default function Video({ facts }: GeneratedVideoProps) {
  const box = { found: TABLE[facts.title] };
  const make = box.found[facts.domain];
  return <AbsoluteFill>{make ? make('return 1')() : ''}</AbsoluteFill>;
}
