// Hand-written springs and interpolate exits in absolutely placed Sequences.
import React from 'react';
import { AbsoluteFill, Sequence, interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const Title: React.FC<{ text: string; color: string }> = ({ text, color }) => {
  const frame = useCurrentFrame();
  const { fps, durationInFrames } = useVideoConfig();
  const enter = spring({ frame, fps, config: { damping: 200 } });
  const exit = interpolate(frame, [durationInFrames - 15, durationInFrames], [1, 0], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
  });
  return (
    <AbsoluteFill style={{ justifyContent: 'center', alignItems: 'center' }}>
      <div
        style={{
          color,
          fontSize: 96,
          fontWeight: 800,
          opacity: enter * exit,
          transform: `translateY(${(1 - enter) * 40}px) scale(${0.9 + 0.1 * enter})`,
        }}
      >
        {text}
      </div>
    </AbsoluteFill>
  );
};

export default function Video({ script }: GeneratedVideoProps) {
  const { primary, secondary, accent, background } = script.colorPalette;
  const colors = [primary, secondary, accent, primary];
  const starts = [0, 90, 210, 330];
  const lengths = [90, 120, 120, 120];
  return (
    <AbsoluteFill style={{ backgroundColor: background }}>
      <Sequence from={starts[0]} durationInFrames={90}>
        <Title text={script.scenes[0]?.headline ?? ''} color={colors[0] ?? primary} />
      </Sequence>
      <Sequence from={90} durationInFrames={120}>
        <Title text={script.scenes[1]?.headline ?? ''} color={colors[1] ?? primary} />
      </Sequence>
      <Sequence from={210} durationInFrames={lengths[2]}>
        <Title text={script.scenes[2]?.headline ?? ''} color={colors[2] ?? primary} />
      </Sequence>
      <Sequence from={330} durationInFrames={120}>
        <Title text={script.scenes[3]?.headline ?? ''} color={colors[3] ?? primary} />
      </Sequence>
    </AbsoluteFill>
  );
}
