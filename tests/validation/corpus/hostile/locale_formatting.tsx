// Technique: toLocaleString formats by the machine's locale and time zone: frames differ between render hosts.
// expect: nondeterministic
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video(_props: GeneratedVideoProps) {
  return <AbsoluteFill>{(1234567.891).toLocaleString()}</AbsoluteFill>;
}
