// Deterministic particles from remotion's random(seed), positioned with computed styles.
import React from 'react';
import { AbsoluteFill, random, useCurrentFrame, useVideoConfig, interpolate } from 'remotion';
import { CenterScene, Headline, type GeneratedVideoProps } from '@ppr/components';

const Particles: React.FC<{ count: number; color: string }> = ({ count, color }) => {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  return (
    <AbsoluteFill>
      {Array.from({ length: count }, (_, i) => {
        const x = random(`x-${i}`) * width;
        const y = (random(`y-${i}`) * height - frame * (1 + random(`s-${i}`) * 2)) % height;
        const size = 4 + random(`r-${i}`) * 10;
        return (
          <div
            key={i}
            style={{ position: 'absolute', left: x, top: y < 0 ? y + height : y, width: size, height: size, borderRadius: size / 2, backgroundColor: color, opacity: 0.5 }}
          />
        );
      })}
    </AbsoluteFill>
  );
};

export default function Video({ script, facts }: GeneratedVideoProps) {
  const frame = useCurrentFrame();
  const { durationInFrames } = useVideoConfig();
  const fade = interpolate(frame, [durationInFrames - 20, durationInFrames], [1, 0], { extrapolateLeft: 'clamp' });
  return (
    <AbsoluteFill style={{ backgroundColor: script.colorPalette.background, opacity: fade }}>
      <Particles count={40} color={script.colorPalette.secondary} />
      <CenterScene>
        <Headline text={facts.title} />
      </CenterScene>
    </AbsoluteFill>
  );
}
