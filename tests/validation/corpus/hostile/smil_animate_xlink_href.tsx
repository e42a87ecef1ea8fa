// Technique: SMIL <animate attributeName="XLINK:HREF"> (any case) swaps an SVG image's source at run time.
// expect: animated-href
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  return (
    <AbsoluteFill>
      <svg width={100} height={100}>
        <image width={100} height={100}>
          <animate attributeName="XLINK:HREF" values={facts.domain} dur="1s" />
        </image>
      </svg>
    </AbsoluteFill>
  );
}
