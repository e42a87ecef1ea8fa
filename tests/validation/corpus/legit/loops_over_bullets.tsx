// Loops over arrays: staggered bullet points, a for loop building bars, array index colours.
import React from 'react';
import { AbsoluteFill, Series, interpolate, useCurrentFrame, useVideoConfig } from 'remotion';
import { CenterScene, FadeUp, GlassCard, Headline, useExit, type GeneratedVideoProps } from '@ppr/components';

const Bars: React.FC<{ colors: string[] }> = ({ colors }) => {
  const frame = useCurrentFrame();
  const bars: React.ReactNode[] = [];
  for (let i = 0; i < 12; i++) {
    const height = 40 + 30 * Math.sin((frame + i * 7) / 9);
    bars.push(<div key={i} style={{ width: 18, height, borderRadius: 9, backgroundColor: colors[i % colors.length] }} />);
  }
  return <div style={{ display: 'flex', gap: 10, alignItems: 'flex-end', height: 120 }}>{bars}</div>;
};

const BulletScene: React.FC<{ title: string; bullets: string[]; color: string }> = ({ title, bullets, color }) => {
  const exit = useExit(15);
  return (
    <CenterScene>
      <div style={{ opacity: exit, display: 'flex', flexDirection: 'column', gap: 24, alignItems: 'center' }}>
        <Headline text={title} />
        {bullets.map((bullet, index) => (
          <FadeUp key={bullet} delay={10 + index * 6}>
            <GlassCard color={color}>{bullet}</GlassCard>
          </FadeUp>
        ))}
      </div>
    </CenterScene>
  );
};

export default function Video({ script }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  const palette = script.colorPalette;
  const colors = [palette.primary, palette.secondary, palette.accent];
  return (
    <AbsoluteFill style={{ backgroundColor: palette.background }}>
      <Series>
        {script.scenes.map((scene, index) => (
          <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
            <BulletScene title={scene.headline ?? ''} bullets={scene.bulletPoints ?? []} color={colors[index % colors.length] ?? palette.primary} />
          </Series.Sequence>
        ))}
      </Series>
      <AbsoluteFill style={{ justifyContent: 'flex-end', alignItems: 'center', paddingBottom: 80 }}>
        <Bars colors={colors} />
      </AbsoluteFill>
    </AbsoluteFill>
  );
}

export const fadeOf = (frame: number, length: number): number =>
  interpolate(frame, [length - 10, length], [1, 0], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' });
