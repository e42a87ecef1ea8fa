// bench/backgrounds.py's baseline: the same picture as backgrounds_layered.tsx, drawn the way the library drew
// its backgrounds before they moved to layers of their own: glows placed by left/top, the grid scrolled by
// background-position, the palette light by gradient positions, all sharing a layer with changing content,
// and a glass card that blurs what is behind it.
import React from 'react';
import { AbsoluteFill, interpolate, useCurrentFrame } from 'remotion';
import {
  CenterScene,
  GlassCard,
  Headline,
  Subhead,
  useLayout,
  withAlpha,
  type ColorPalette,
  type GeneratedVideoProps,
} from '@ppr/components';

const Orb: React.FC<{ color: string; x: number; y: number; size: number; opacity: number; phase: number; drift?: number }> = ({
  color,
  x,
  y,
  size,
  opacity,
  phase,
  drift = 50,
}) => {
  const frame = useCurrentFrame();
  const { width, height, unit } = useLayout();
  const diameter = Math.min(width, height) * size;
  const angle = (frame / 240 + phase) * Math.PI * 2;
  return (
    <div
      style={{
        position: 'absolute',
        left: x * width - diameter / 2 + Math.sin(angle) * drift * unit,
        top: y * height - diameter / 2 + Math.cos(angle * 0.8) * drift * 0.7 * unit,
        width: diameter,
        height: diameter,
        borderRadius: '50%',
        background: `radial-gradient(circle, ${color} 0%, ${withAlpha(color, 0.35)} 35%, transparent 70%)`,
        opacity: opacity * (0.85 + 0.15 * Math.sin(angle * 1.5)),
      }}
    />
  );
};

const Vignette: React.FC<{ color: string; strength: number }> = ({ color, strength }) => (
  <AbsoluteFill style={{ background: `radial-gradient(ellipse at center, transparent 45%, ${withAlpha(color, strength)} 100%)` }} />
);

const Cinematic: React.FC<{ p: ColorPalette }> = ({ p }) => {
  const a = (useCurrentFrame() / 300) * Math.PI * 2;
  const light = (x: number, y: number, color: string, alpha: number, reach: number) =>
    `radial-gradient(circle at ${x}% ${y}%, ${withAlpha(color, alpha)} 0%, transparent ${reach}%)`;
  return (
    <AbsoluteFill style={{ backgroundColor: p.background }}>
      <AbsoluteFill
        style={{
          backgroundColor: p.background,
          backgroundImage: [
            light(25 + Math.sin(a) * 10, 20 + Math.cos(a) * 8, p.primary, 0.45, 55),
            light(75 + Math.cos(a * 0.7) * 10, 80 + Math.sin(a * 0.7) * 8, p.secondary, 0.35, 55),
            light(50, 50, p.accent, 0.08, 70),
          ].join(', '),
        }}
      />
      <AbsoluteFill
        style={{
          background: `linear-gradient(to bottom, ${withAlpha(p.background, 0.63)} 0%, ${withAlpha(p.background, 0.405)} 40%, ${withAlpha(p.background, 1)} 100%)`,
        }}
      />
      <Vignette color={p.background} strength={0.6} />
    </AbsoluteFill>
  );
};

const Ambient: React.FC<{ p: ColorPalette }> = ({ p }) => {
  const frame = useCurrentFrame();
  const { unit, height } = useLayout();
  const cell = 72 * unit;
  const line = Math.max(1, 1.5 * unit);
  const scan = interpolate((frame % 150) / 150, [0, 1], [-0.1, 1.1]) * height;
  const trail = 180 * unit;
  return (
    <AbsoluteFill style={{ backgroundColor: p.background, overflow: 'hidden' }}>
      <Orb color={p.primary} x={0.2} y={0.22} size={1.1} opacity={0.42 * 0.9} phase={0} />
      <Orb color={p.secondary} x={0.85} y={0.8} size={1} opacity={0.32 * 0.9} phase={0.5} />
      <Orb color={p.accent} x={0.6} y={0.45} size={0.5} opacity={0.14 * 0.9} phase={0.25} drift={80} />
      <AbsoluteFill style={{ perspective: height * 0.5, overflow: 'hidden' }}>
        <div
          style={{
            position: 'absolute',
            left: '-50%',
            right: '-50%',
            top: '55%',
            height: '90%',
            transform: 'rotateX(68deg)',
            transformOrigin: 'top center',
            maskImage: 'linear-gradient(to bottom, transparent 0%, black 30%, black 100%)',
            backgroundImage: `linear-gradient(${p.primary} ${line}px, transparent ${line}px), linear-gradient(90deg, ${p.primary} ${line}px, transparent ${line}px)`,
            backgroundSize: `${cell}px ${cell}px`,
            backgroundPosition: `0px ${(frame * 0.4 * unit) % cell}px`,
            opacity: 0.18,
          }}
        />
      </AbsoluteFill>
      <AbsoluteFill style={{ opacity: 0.35 }}>
        <div
          style={{
            position: 'absolute',
            left: 0,
            right: 0,
            top: scan - trail,
            height: trail,
            background: `linear-gradient(to bottom, transparent, ${withAlpha(p.secondary, 0.18)})`,
          }}
        />
        <div
          style={{
            position: 'absolute',
            left: 0,
            right: 0,
            top: scan,
            height: 3 * unit,
            background: p.secondary,
            boxShadow: `0 0 ${24 * unit}px ${p.secondary}, 0 0 ${6 * unit}px ${p.secondary}`,
          }}
        />
      </AbsoluteFill>
      <Vignette color={p.background} strength={0.7} />
    </AbsoluteFill>
  );
};

export default function RepaintedBackdrop({ script }: GeneratedVideoProps) {
  const { unit } = useLayout();
  const palette = script.colorPalette;
  return (
    <AbsoluteFill>
      <Cinematic p={palette} />
      <AbsoluteFill style={{ opacity: 0.75 }}>
        <Ambient p={palette} />
      </AbsoluteFill>
      <CenterScene gap={36}>
        <Headline text="Your mixes sound flat?" highlight="flat" />
        <Subhead text="Tape, tube and transformer saturation" delay={6} />
        <GlassCard delay={10} style={{ backdropFilter: `blur(${16 * unit}px)` }}>
          <Subhead text="Twelve lessons, from gentle warmth to full grit" />
        </GlassCard>
      </CenterScene>
    </AbsoluteFill>
  );
}
