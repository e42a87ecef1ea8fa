// Technique: IFrame through a namespace import.
// expect: forbidden-import
import * as Remotion from 'remotion';
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const Frame = Remotion.IFrame;
  return <Frame src="/x" />;
}
