// Technique: an Audio source built at run time from pieces and catalog data, laundered through images.map(() => url).
// expect: dynamic-src
import React from 'react';
import { AbsoluteFill, Audio } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts, images }: GeneratedVideoProps) {
  const url = ['ht', 'tp:', '//127.0.0.1:9/a.mp3?d='].join('') + facts.domain;
  const sources = images.map(() => url);
  return (
    <AbsoluteFill>
      <Audio src={sources[0] ?? ''} />
    </AbsoluteFill>
  );
}
