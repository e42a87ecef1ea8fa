// Technique: a case-varied raw-HTML prop name (DangerouslySetInnerHTML) passed to createElement.
// expect: inner-html
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  return <AbsoluteFill>{React.createElement('div', { DangerouslySetInnerHTML: facts.title })}</AbsoluteFill>;
}
