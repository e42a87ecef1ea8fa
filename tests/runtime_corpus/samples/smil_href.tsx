// Technique: SVG animation that sets href at run time (SMIL <set>/<animate>), which also runs on the wall clock.
import React from 'react';
import { AbsoluteFill, useCurrentFrame } from 'remotion';

const CANARY = '__CANARY__';

export default function Video() {
  const frame = useCurrentFrame();
  return (
    <AbsoluteFill style={{ backgroundColor: '#000000' }}>
      <svg width={60} height={60}>
        <image href="#none" width={60} height={60}>
          {frame % 2 === 0 ? (
            <set attributeName="href" to={`${CANARY}/smil-set.png`} begin="0s" fill="freeze" />
          ) : (
            <animate attributeName="xlink:href" values={`${CANARY}/smil-animate.png`} dur="1s" />
          )}
        </image>
      </svg>
    </AbsoluteFill>
  );
}
