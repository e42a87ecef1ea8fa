// Styles computed with template literals: transforms, rgba() neutrals, palette gradients, box shadows.
import React from 'react';
import { AbsoluteFill, Sequence, interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import type { GeneratedVideoProps } from '@ppr/components';

const Card: React.FC<{ title: string; from: string; to: string }> = ({ title, from, to }) => {
  const frame = useCurrentFrame();
  const { fps, durationInFrames } = useVideoConfig();
  const pop = spring({ frame, fps, config: { damping: 12, stiffness: 120 } });
  const out = interpolate(frame, [durationInFrames - 12, durationInFrames], [0, 1], { extrapolateLeft: 'clamp' });
  const rotate = interpolate(pop, [0, 1], [-8, 0]);
  return (
    <AbsoluteFill style={{ justifyContent: 'center', alignItems: 'center' }}>
      <div
        style={{
          padding: '48px 64px',
          borderRadius: 32,
          background: `linear-gradient(135deg, ${from} 0%, ${to} 100%)`,
          boxShadow: `0 ${20 * pop}px ${60 * pop}px rgba(0, 0, 0, 0.45)`,
          transform: `scale(${pop * (1 - out * 0.2)}) rotate(${rotate}deg)`,
          opacity: 1 - out,
          color: 'white',
          fontSize: 80,
          fontWeight: 800,
        }}
      >
        {title}
      </div>
    </AbsoluteFill>
  );
};

export default function Video({ script }: GeneratedVideoProps) {
  const { primary, secondary, background } = script.colorPalette;
  return (
    <AbsoluteFill style={{ backgroundColor: background }}>
      <Sequence durationInFrames={225}>
        <Card title={script.scenes[0]?.headline ?? ''} from={primary} to={secondary} />
      </Sequence>
      <Sequence from={225} durationInFrames={225}>
        <Card title={script.scenes[3]?.headline ?? ''} from={secondary} to={primary} />
      </Sequence>
    </AbsoluteFill>
  );
}
