// Technique: a generic lookup helper applied twice: Object from the table, then Function from Object.
// expect: computed-member
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

type Maker = (code: string) => () => string;
const TABLE: Record<string, Record<string, Maker>> = { a: { b: (code) => () => code } };
const lookup = <V,>(table: Record<string, V>, key: string): V => table[key];

export default function Video({ facts }: GeneratedVideoProps) {
  return <AbsoluteFill>{lookup(lookup(TABLE, facts.title), facts.domain)('return 1')()}</AbsoluteFill>;
}
