// Technique: an overload declares a literal return type its implementation does not keep; the key reaches Function.
// expect: computed-member
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

function tool(): number {
  return 0;
}
tool.make = (code: string) => () => code;

function pick(text: string): 'make';
function pick(text: string): string {
  return text;
}

export default function Video(_props: GeneratedVideoProps) {
  const text = String(tool[pick([...'rotcurtsnoc'].reverse().join(''))]('return 1')());
  return <AbsoluteFill>{text}</AbsoluteFill>;
}
