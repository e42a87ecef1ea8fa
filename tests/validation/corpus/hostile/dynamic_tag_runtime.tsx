// Technique: an element whose tag name comes from catalog text.
// expect: dynamic-element
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const Tag = facts.title as 'div';
  return <Tag />;
}
