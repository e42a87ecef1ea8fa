// Technique: SMIL <set attributeName="href"> points an SVG image at catalog text after the checks ran.
// expect: animated-href
import React from 'react';
import { AbsoluteFill } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

export default function Video({ facts }: GeneratedVideoProps) {
  return (
    <AbsoluteFill>
      <svg width={100} height={100}>
        <image width={100} height={100}>
          <set attributeName="href" to={facts.domain} />
        </image>
      </svg>
    </AbsoluteFill>
  );
}
