// Technique: declare to invent a global the checker then trusts.
// expect: ambient-declaration
declare const secretFetch: (url: string) => void;
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  secretFetch('/x');
  return <AbsoluteFill />;
}
