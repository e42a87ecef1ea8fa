// Technique: V8 stack trace hook to reach receivers.
// expect: global-mutation
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  (Error as unknown as { prepareStackTrace: unknown }).prepareStackTrace = () => 'x';
  return <AbsoluteFill />;
}
