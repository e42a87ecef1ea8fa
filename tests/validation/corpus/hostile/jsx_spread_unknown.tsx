// Technique: spreading props whose keys are built at run time.
// expect: jsx-spread
import { Img } from 'remotion';
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const props = Object.fromEntries([['sr' + 'c', facts.domain]]);
  return <Img {...props} />;
}
