// Technique: an element whose tag name is built from strings.
// expect: forbidden-element
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const Tag = ('ifr' + 'ame') as 'div';
  return <Tag />;
}
