// Technique: eval spelled with a unicode escape in the identifier.
// expect: eval
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  \u0065val('1 + 1');
  return <AbsoluteFill />;
}
