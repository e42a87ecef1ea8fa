// Technique: Function.caller.
// expect: caller-access
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

function who(): unknown {
  return who.caller;
}

export default function Video({ facts }: GeneratedVideoProps) {
  const up = who();
  return <AbsoluteFill>{String(up)}</AbsoluteFill>;
}
