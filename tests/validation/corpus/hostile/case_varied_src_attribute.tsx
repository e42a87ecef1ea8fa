// Technique: a case-varied URL attribute (SRC) on an image element, given catalog text.
// expect: dynamic-src
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  return (
    <AbsoluteFill>
      <img SRC={facts.domain} />
    </AbsoluteFill>
  );
}
