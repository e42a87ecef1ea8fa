import React from 'react';
import { AbsoluteFill, Easing, Series, interpolate, useCurrentFrame, useVideoConfig } from 'remotion';
import {
  CardGrid,
  CenterScene,
  CinematicBG,
  CTAButton,
  DomainBadge,
  F,
  GlassCard,
  GlowOrb,
  GridPattern,
  Headline,
  PriceTag,
  ReasonCard,
  SceneExit,
  SectionLabel,
  StatBlock,
  Subhead,
  Vignette,
  WaveformVisual,
  gradient,
  saturate,
  useEntrance,
  useExit,
  useLayout,
  withAlpha,
} from '@ppr/components';
import type { ColorPalette, GeneratedVideoProps, VideoFacts, VideoScene } from '@ppr/components';

type SceneProps = { scene: VideoScene; facts: VideoFacts; palette: ColorPalette };

// One drive sweep shared by the knob, the waveform and the harmonics so they always agree.
const DRIVE = { from: 0.01, to: 5, delay: 12, frames: 70 };
const useDrive = (): number => {
  const frame = useCurrentFrame();
  return interpolate(frame - DRIVE.delay, [0, DRIVE.frames], [DRIVE.from, DRIVE.to], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
    easing: Easing.inOut(Easing.cubic),
  });
};

const thousands = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A hardware drive knob that turns with the drive: tick ring, glowing value arc and a pointer. */
const DriveKnob: React.FC<{ drive: number; size: number; palette: ColorPalette }> = ({ drive, size, palette }) => {
  const { unit } = useLayout();
  const px = size * unit;
  const turn = Math.min(1, drive / 6);
  const angle = -135 + 270 * turn;
  const polar = (deg: number, r: number) => {
    const rad = ((deg - 90) * Math.PI) / 180;
    return [50 + r * Math.cos(rad), 50 + r * Math.sin(rad)];
  };
  const [sx, sy] = polar(-135, 44);
  const [ex, ey] = polar(angle, 44);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 14 * unit }}>
      <svg width={px} height={px} viewBox="0 0 100 100">
        {Array.from({ length: 11 }, (_, i) => {
          const [x1, y1] = polar(-135 + i * 27, 48);
          const [x2, y2] = polar(-135 + i * 27, 45);
          return <line key={i} x1={x1} y1={y1} x2={x2} y2={y2} stroke={withAlpha('#FFFFFF', 0.35)} strokeWidth={0.8} />;
        })}
        <path
          d={`M${sx} ${sy} A44 44 0 ${angle + 135 > 180 ? 1 : 0} 1 ${ex} ${ey}`}
          fill="none"
          stroke={palette.primary}
          strokeWidth={2.4}
          strokeLinecap="round"
          style={{ filter: `drop-shadow(0 0 2px ${palette.primary})` }}
        />
        <circle cx={50} cy={50} r={36} fill="#1A1410" stroke={withAlpha('#FFFFFF', 0.12)} strokeWidth={0.8} />
        <circle cx={50} cy={50} r={30} fill="#231B15" />
        <g transform={`rotate(${angle} 50 50)`}>
          <line x1={50} y1={50} x2={50} y2={22} stroke={palette.accent} strokeWidth={3} strokeLinecap="round" />
        </g>
      </svg>
      <div
        style={{
          fontFamily: F,
          fontSize: 28 * unit,
          fontWeight: 800,
          letterSpacing: '0.3em',
          color: withAlpha('#FFFFFF', 0.75),
        }}
      >
        DRIVE
      </div>
    </div>
  );
};

const HookScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { unit, orientation } = useLayout();
  const drive = useDrive();
  const wide = orientation === 'landscape';
  return (
    <CenterScene gap={50}>
      <div style={{ display: 'flex', flexDirection: wide ? 'row' : 'column', alignItems: 'center', gap: 50 * unit }}>
        <DriveKnob drive={drive} size={{ portrait: 300, landscape: 260, square: 200 }[orientation]} palette={palette} />
        <WaveformVisual
          drive={DRIVE.to}
          driveFrom={DRIVE.from}
          delay={DRIVE.delay}
          driveFrames={DRIVE.frames}
          width={wide ? 0.62 : 1}
          height={{ portrait: 340, landscape: 300, square: 220 }[orientation]}
          color={palette.primary}
          colorTo={palette.accent}
          cleanColor={withAlpha('#FFFFFF', 0.5)}
        />
      </div>
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.accent}
        to={palette.primary}
        size={110}
        maxLines={2}
        delay={30}
      />
    </CenterScene>
  );
};

const ProblemScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { unit, orientation } = useLayout();
  const wide = orientation === 'landscape';
  return (
    <CenterScene gap={36}>
      <div
        style={{
          display: 'flex',
          flexDirection: wide ? 'row' : 'column',
          alignItems: 'center',
          gap: 48 * unit,
          width: '100%',
        }}
      >
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            gap: 30 * unit,
            flex: wide ? 1 : undefined,
            minWidth: 0,
          }}
        >
          <Headline
            text={scene.headline ?? ''}
            highlight={scene.emphasis}
            from={palette.secondary}
            to={palette.primary}
            size={92}
            maxLines={3}
            width={wide ? 0.5 : 1}
          />
          <WaveformVisual
            drive={0.01}
            showClean={false}
            showLabels={false}
            width={wide ? 0.45 : 0.9}
            height={wide ? 200 : 220}
            color="#6B7280"
            colorTo="#9CA3AF"
            speed={0.3}
          />
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 18 * unit, width: wide ? '46%' : '100%' }}>
          {(scene.bulletPoints ?? []).map((point, i) => (
            <ReasonCard key={point} title={point} variant="cross" color={palette.secondary} delay={20 + i * 8} />
          ))}
        </div>
      </div>
    </CenterScene>
  );
};

/** Odd-harmonic levels of tanh soft clipping, measured by a small Fourier sum over one period. */
const harmonicLevels = (drive: number, orders: number[]): number[] => {
  const samples = 96;
  const amplitude = (k: number) => {
    let sum = 0;
    for (let i = 0; i < samples; i++) {
      const t = (i / samples) * Math.PI * 2;
      sum += saturate(Math.sin(t), drive) * Math.sin(k * t);
    }
    return Math.abs((2 * sum) / samples);
  };
  const fundamental = amplitude(1);
  return orders.map((k) => amplitude(k) / fundamental);
};

const HarmonicBars: React.FC<{ drive: number; palette: ColorPalette; height: number }> = ({
  drive,
  palette,
  height,
}) => {
  const { unit } = useLayout();
  const orders = [1, 3, 5, 7, 9, 11];
  const levels = harmonicLevels(drive, orders);
  return (
    <div style={{ display: 'flex', alignItems: 'flex-end', gap: 22 * unit, height: height * unit }}>
      {orders.map((k, i) => (
        <div
          key={k}
          style={{
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            gap: 10 * unit,
            height: '100%',
            justifyContent: 'flex-end',
          }}
        >
          <div
            style={{
              width: 54 * unit,
              height: `${Math.max(2, Math.sqrt(levels[i]) * 82)}%`,
              borderRadius: 10 * unit,
              background: gradient(palette.accent, palette.secondary, 180),
              boxShadow: `0 0 ${18 * unit}px ${withAlpha(palette.primary, 0.5)}`,
            }}
          />
          <div
            style={{ fontFamily: F, fontSize: 28 * unit, fontWeight: 700, color: withAlpha('#FFFFFF', 0.55) }}
          >{`H${k}`}</div>
        </div>
      ))}
    </div>
  );
};

const ScienceScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { unit, orientation } = useLayout();
  const drive = useDrive();
  const wide = orientation === 'landscape';
  return (
    <CenterScene gap={40}>
      <SectionLabel text="What saturation does" color={palette.accent} />
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.accent}
        to={palette.primary}
        size={88}
        maxLines={2}
      />
      <div style={{ display: 'flex', flexDirection: wide ? 'row' : 'column', alignItems: 'center', gap: 50 * unit }}>
        <WaveformVisual
          drive={DRIVE.to}
          driveFrom={DRIVE.from}
          delay={DRIVE.delay}
          driveFrames={DRIVE.frames}
          width={wide ? 0.55 : 1}
          height={wide ? 240 : 300}
          color={palette.primary}
          colorTo={palette.accent}
          cleanColor={withAlpha('#FFFFFF', 0.5)}
        />
        <HarmonicBars drive={drive} palette={palette} height={wide ? 240 : orientation === 'square' ? 150 : 220} />
      </div>
      {scene.subhead ? <Subhead text={scene.subhead} delay={30} size={38} maxLines={3} /> : null}
    </CenterScene>
  );
};

const ModuleRow: React.FC<{ index: number; title: string; palette: ColorPalette }> = ({ index, title, palette }) => {
  const { unit } = useLayout();
  return (
    <GlassCard color={palette.primary} padding={22} delay={14 + index * 6}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 22 * unit, textAlign: 'left' }}>
        <div
          style={{
            fontSize: 40 * unit,
            fontWeight: 900,
            letterSpacing: '-0.02em',
            color: palette.primary,
            fontVariantNumeric: 'tabular-nums',
            width: 62 * unit,
            flexShrink: 0,
          }}
        >
          {String(index + 1).padStart(2, '0')}
        </div>
        <div style={{ fontSize: 34 * unit, fontWeight: 700, lineHeight: 1.2, minWidth: 0 }}>{title}</div>
      </div>
    </GlassCard>
  );
};

const ModulesScene: React.FC<SceneProps> = ({ scene, facts, palette }) => {
  const { orientation } = useLayout();
  const modules = facts.modules ?? [];
  const count = facts.moduleCount ?? modules.length;
  const label = facts.lessonCount ? `${count} modules · ${facts.lessonCount} lessons` : `${count} modules`;
  return (
    <CenterScene gap={32}>
      <SectionLabel text={label} color={palette.accent} />
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.primary}
        to={palette.secondary}
        size={84}
        maxLines={2}
      />
      <CardGrid columns={orientation === 'portrait' ? 1 : 2} gap={16}>
        {modules.map((title, i) => (
          <ModuleRow key={title} index={i} title={title} palette={palette} />
        ))}
      </CardGrid>
    </CenterScene>
  );
};

const ProofScene: React.FC<SceneProps> = ({ scene, facts, palette }) => {
  const { orientation } = useLayout();
  const stats: [string, string][] = [];
  if (facts.enrollmentCount) stats.push([`${thousands(facts.enrollmentCount)}+`, 'producers enrolled']);
  if (facts.averageRating) stats.push([`${facts.averageRating.toFixed(1)}★`, 'average rating']);
  if (facts.lessonCount) stats.push([String(facts.lessonCount), 'video lessons']);
  const colors = [palette.primary, palette.accent, palette.secondary];
  return (
    <CenterScene gap={44}>
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.accent}
        to={palette.primary}
        size={96}
        maxLines={2}
      />
      <CardGrid columns={orientation === 'landscape' ? stats.length : 1} gap={22}>
        {stats.map(([value, label], i) => (
          <StatBlock
            key={label}
            value={value}
            label={label}
            color={colors[i % 3]}
            colorTo={colors[(i + 1) % 3]}
            delay={10 + i * 8}
          />
        ))}
      </CardGrid>
    </CenterScene>
  );
};

const CTAScene: React.FC<SceneProps> = ({ scene, facts, palette }) => {
  const { unit } = useLayout();
  return (
    <CenterScene gap={40}>
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.accent}
        to={palette.primary}
        size={100}
        maxLines={2}
      />
      <div style={{ fontFamily: F, fontSize: 44 * unit, fontWeight: 800, color: withAlpha('#FFFFFF', 0.85) }}>
        {facts.title}
      </div>
      {facts.price !== undefined ? (
        <PriceTag
          price={facts.price}
          currency={facts.currency}
          note={facts.creatorName ? `with ${facts.creatorName}` : undefined}
          color={palette.accent}
          colorTo={palette.primary}
          delay={14}
        />
      ) : null}
      <CTAButton
        text={facts.cta}
        from={withAlpha(palette.primary, 0.75)}
        to={withAlpha(palette.secondary, 0.8)}
        size={54}
        delay={28}
      />
      <DomainBadge domain={facts.domain} color={palette.accent} delay={38} />
    </CenterScene>
  );
};

const StatementScene: React.FC<SceneProps> = ({ scene, palette }) => (
  <CenterScene>
    <Headline text={scene.headline ?? ''} highlight={scene.emphasis} from={palette.accent} to={palette.primary} />
    {scene.subhead ? <Subhead text={scene.subhead} /> : null}
  </CenterScene>
);

const SCENES: Record<string, React.FC<SceneProps>> = {
  hook: HookScene,
  problem: ProblemScene,
  science: ScienceScene,
  modules: ModulesScene,
  proof: ProofScene,
  cta: CTAScene,
};

/** Warm oscilloscope screen: a still graticule, two glows and a vignette. */
const ScopeBackground: React.FC<{ palette: ColorPalette }> = ({ palette }) => (
  <AbsoluteFill style={{ backgroundColor: palette.background, overflow: 'hidden' }}>
    <GlowOrb color={palette.primary} x={0.5} y={0.2} size={1.3} opacity={0.32} />
    <GlowOrb color={palette.secondary} x={0.85} y={0.85} size={1} opacity={0.22} phase={0.5} />
    <GridPattern color={palette.accent} cellSize={90} opacity={0.07} speed={0} />
    <Vignette color={palette.background} strength={0.85} />
  </AbsoluteFill>
);

const SceneImage: React.FC<{ image: string | null; palette: ColorPalette }> = ({ image, palette }) => {
  const opacity = useEntrance({ durationInFrames: 20 }) * useExit(12);
  if (!image) return null;
  return (
    <AbsoluteFill style={{ opacity: opacity * 0.4 }}>
      <CinematicBG imageUrl={image} palette={palette} darken={0.8} />
    </AbsoluteFill>
  );
};

export default function SaturationCourseVideo({ script, facts, images }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  const palette = script.colorPalette;
  return (
    <AbsoluteFill style={{ backgroundColor: palette.background, fontFamily: F }}>
      <ScopeBackground palette={palette} />
      <Series>
        {script.scenes.map((scene, i) => {
          const Scene = SCENES[scene.id] ?? StatementScene;
          return (
            <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
              <SceneImage image={images[i] ?? null} palette={palette} />
              <SceneExit variant={scene.mood === 'frustration' ? 'fade' : 'zoom'}>
                <Scene scene={scene} facts={facts} palette={palette} />
              </SceneExit>
            </Series.Sequence>
          );
        })}
      </Series>
    </AbsoluteFill>
  );
}
