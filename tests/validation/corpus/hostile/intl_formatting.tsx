// Technique: Intl.DateTimeFormat reads the clock and the host's locale: frames differ between renders.
// expect: nondeterministic
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video(_props: GeneratedVideoProps) {
  return <AbsoluteFill>{new Intl.DateTimeFormat().format()}</AbsoluteFill>;
}
