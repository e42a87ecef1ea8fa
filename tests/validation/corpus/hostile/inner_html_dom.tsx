// Technique: innerHTML on a DOM node.
// expect: inner-html
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const holder = { innerHTML: '' };
  holder.innerHTML = facts.title;
  return <AbsoluteFill />;
}
