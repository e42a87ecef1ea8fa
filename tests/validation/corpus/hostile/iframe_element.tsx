// Technique: an iframe element.
// expect: forbidden-element
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  const staticPath = '/page.html';

  return <iframe src={staticPath} />;
}
