// Technique: catalog data appended to props.images with concat, then used as an Audio source.
// expect: dynamic-src
import React from 'react';
import { AbsoluteFill, Audio } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts, images }: GeneratedVideoProps) {
  const sources = images.concat([facts.domain]);
  return (
    <AbsoluteFill>
      <Audio src={sources[sources.length - 1] ?? ''} />
    </AbsoluteFill>
  );
}
