// Technique: arguments.callee.caller walks up the stack.
// expect: arguments-access
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

function who(): unknown {
  return arguments.length;
}

export default function Video({ facts }: GeneratedVideoProps) {
  const up = who();
  return <AbsoluteFill>{String(up)}</AbsoluteFill>;
}
