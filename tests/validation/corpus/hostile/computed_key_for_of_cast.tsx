// Technique: `as` on the iterable of a for-of gives its variable a harmless literal type; on a function it reaches Function.
// expect: computed-member
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

function tool(): number {
  return 0;
}
tool.make = (code: string) => () => code;

export default function Video(_props: GeneratedVideoProps) {
  const names: string[] = [[...'rotcurtsnoc'].reverse().join('')];
  let text = '';
  for (const key of names as 'make'[]) {
    text += String(tool[key]('return 1')());
  }
  return <AbsoluteFill>{text}</AbsoluteFill>;
}
