// Technique: Object.prototype pollution.
// expect: prototype-access
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  (Object.prototype as unknown as Record<string, string>).polluted = facts.title;
  return <AbsoluteFill />;
}
