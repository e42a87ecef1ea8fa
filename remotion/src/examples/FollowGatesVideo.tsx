import React from 'react';
import { AbsoluteFill, Easing, Series, interpolate, random, useCurrentFrame, useVideoConfig } from 'remotion';
import {
  CardGrid,
  CenterScene,
  CinematicBG,
  CTAButton,
  DomainBadge,
  F,
  GlassCard,
  Headline,
  Icon,
  IconBadge,
  PaletteGradient,
  PopIn,
  SceneExit,
  StatCounter,
  StepCard,
  Subhead,
  Vignette,
  gradient,
  useEntrance,
  useExit,
  useLayout,
  usePulse,
  withAlpha,
} from '@ppr/components';
import type { ColorPalette, GeneratedVideoProps, VideoFacts, VideoScene } from '@ppr/components';

type SceneProps = { scene: VideoScene; facts: VideoFacts; palette: ColorPalette };

/** "2,340 | downloads" -> ["2,340", "downloads"]. */
const splitPair = (text: string): [string, string] => {
  const bar = text.indexOf('|');
  return bar < 0 ? [text.trim(), ''] : [text.slice(0, bar).trim(), text.slice(bar + 1).trim()];
};

// Gate timing in frames from the start of the gate scene: one follow ticks every STEP_FRAMES, then it unlocks.
const FIRST_CHECK = 40;
const STEP_FRAMES = 26;

const HookScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { unit } = useLayout();
  const frame = useCurrentFrame();
  const counters = (scene.bulletPoints ?? []).map(splitPair);
  const colors = [palette.secondary, palette.primary];
  return (
    <CenterScene gap={64}>
      <div style={{ display: 'flex', gap: 28 * unit, width: '100%' }}>
        {counters.map(([value, label], i) => {
          const stuck = i === counters.length - 1;
          const shake = stuck
            ? Math.sin(frame * 1.3) *
              4 *
              unit *
              interpolate(frame, [50, 70], [0, 1], { extrapolateLeft: 'clamp', extrapolateRight: 'clamp' })
            : 0;
          return (
            <GlassCard
              key={label}
              color={colors[i % 2]}
              delay={i * 8}
              glow={stuck}
              style={{ flex: 1, transform: `translateX(${shake}px)` }}
            >
              <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 12 * unit }}>
                <StatCounter
                  value={value}
                  size={120}
                  color={colors[i % 2]}
                  gradientTo={stuck ? palette.primary : palette.accent}
                  delay={6}
                  durationInFrames={50}
                />
                <div
                  style={{
                    fontSize: 32 * unit,
                    fontWeight: 700,
                    letterSpacing: '0.1em',
                    textTransform: 'uppercase',
                    color: withAlpha('#FFFFFF', 0.6),
                  }}
                >
                  {label}
                </div>
              </div>
            </GlassCard>
          );
        })}
      </div>
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.primary}
        to={palette.secondary}
        size={104}
        delay={20}
      />
    </CenterScene>
  );
};

/** One follow the fan must do; its box ticks at `checkAt`. */
const GateStep: React.FC<{ text: string; checkAt: number; palette: ColorPalette }> = ({ text, checkAt, palette }) => {
  const { unit } = useLayout();
  const check = useEntrance({ delay: checkAt, damping: 12 });
  const done = check > 0.05;
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 22 * unit,
        padding: `${18 * unit}px ${22 * unit}px`,
        borderRadius: 22 * unit,
        background: withAlpha('#FFFFFF', done ? 0.08 : 0.04),
      }}
    >
      <div
        style={{
          width: 56 * unit,
          height: 56 * unit,
          flexShrink: 0,
          borderRadius: '50%',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          border: `${3 * unit}px solid ${done ? palette.accent : withAlpha('#FFFFFF', 0.3)}`,
          background: done ? palette.accent : 'transparent',
          boxShadow: done ? `0 0 ${24 * unit}px ${withAlpha(palette.accent, 0.6)}` : 'none',
        }}
      >
        <div style={{ transform: `scale(${check})` }}>
          <Icon name="check" size={34} color={palette.background} strokeWidth={3.4} />
        </div>
      </div>
      <div style={{ fontSize: 36 * unit, fontWeight: 650, textAlign: 'left' }}>{text}</div>
    </div>
  );
};

/** The download button: locked until every follow is done, then it unlocks and fills up. */
const DownloadButton: React.FC<{ unlockAt: number; palette: ColorPalette }> = ({ unlockAt, palette }) => {
  const frame = useCurrentFrame();
  const { unit } = useLayout();
  const unlocked = frame >= unlockAt;
  const pop = useEntrance({ delay: unlockAt, damping: 10 });
  const progress = interpolate(frame, [unlockAt + 10, unlockAt + 55], [0, 1], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
    easing: Easing.inOut(Easing.quad),
  });
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 14 * unit }}>
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          gap: 16 * unit,
          padding: `${26 * unit}px`,
          borderRadius: 999,
          fontSize: 40 * unit,
          fontWeight: 800,
          color: unlocked ? palette.background : withAlpha('#FFFFFF', 0.65),
          background: unlocked ? gradient(palette.accent, palette.secondary, 90) : withAlpha('#FFFFFF', 0.08),
          boxShadow: unlocked ? `0 0 ${50 * unit * pop}px ${withAlpha(palette.accent, 0.55)}` : 'none',
          transform: `scale(${unlocked ? 0.92 + 0.08 * pop : 1})`,
        }}
      >
        <Icon
          name={unlocked ? 'download' : 'lock'}
          size={42}
          color={unlocked ? palette.background : withAlpha('#FFFFFF', 0.65)}
          strokeWidth={2.6}
        />
        {unlocked ? `${Math.round(progress * 100)}%` : 'Locked'}
      </div>
      <div style={{ height: 10 * unit, borderRadius: 99, background: withAlpha('#FFFFFF', 0.08), overflow: 'hidden' }}>
        <div
          style={{
            width: `${progress * 100}%`,
            height: '100%',
            background: gradient(palette.accent, palette.secondary, 90),
          }}
        />
      </div>
    </div>
  );
};

const GateCard: React.FC<{ scene: VideoScene; facts: VideoFacts; palette: ColorPalette }> = ({
  scene,
  facts,
  palette,
}) => {
  const { unit } = useLayout();
  const follows = scene.bulletPoints ?? [];
  return (
    <GlassCard color={palette.primary} padding={36} glow delay={6} style={{ width: '100%', maxWidth: 820 * unit }}>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 20 * unit }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 26 * unit, marginBottom: 8 * unit }}>
          <div
            style={{
              width: 128 * unit,
              height: 128 * unit,
              flexShrink: 0,
              borderRadius: 26 * unit,
              background: gradient(palette.primary, palette.secondary),
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
            }}
          >
            <Icon name="waveform" size={70} strokeWidth={2.4} />
          </div>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 8 * unit, textAlign: 'left', minWidth: 0 }}>
            <div style={{ fontSize: 28 * unit, fontWeight: 800, letterSpacing: '0.16em', color: palette.accent }}>
              FREE DOWNLOAD
            </div>
            <div style={{ fontSize: 42 * unit, fontWeight: 800, lineHeight: 1.15 }}>{scene.subhead ?? facts.title}</div>
          </div>
        </div>
        {follows.map((follow, i) => (
          <GateStep key={follow} text={follow} checkAt={FIRST_CHECK + i * STEP_FRAMES} palette={palette} />
        ))}
        <DownloadButton unlockAt={FIRST_CHECK + follows.length * STEP_FRAMES} palette={palette} />
      </div>
    </GlassCard>
  );
};

const GateScene: React.FC<SceneProps> = ({ scene, facts, palette }) => {
  const { unit, orientation } = useLayout();
  const wide = orientation === 'landscape';
  return (
    <CenterScene gap={48}>
      <div
        style={{
          display: 'flex',
          flexDirection: wide ? 'row' : 'column',
          alignItems: 'center',
          gap: (wide ? 80 : 48) * unit,
          width: '100%',
        }}
      >
        <Headline
          text={scene.headline ?? ''}
          highlight={scene.emphasis}
          from={palette.primary}
          to={palette.secondary}
          size={wide ? 110 : 96}
          maxLines={wide ? 3 : 2}
          width={wide ? 0.45 : 1}
          align={wide ? 'left' : 'center'}
        />
        <GateCard scene={scene} facts={facts} palette={palette} />
      </div>
    </CenterScene>
  );
};

/** A little avatar: head and shoulders on a coloured disc. */
const Avatar: React.FC<{ size: number; color: string }> = ({ size, color }) => (
  <svg width={size} height={size} viewBox="0 0 24 24">
    <circle cx={12} cy={12} r={12} fill={color} />
    <circle cx={12} cy={9.5} r={3.6} fill="#FFFFFF" opacity={0.92} />
    <path d="M5.5 19.5c1.2-3.6 3.8-5.2 6.5-5.2s5.3 1.6 6.5 5.2" fill="#FFFFFF" opacity={0.92} />
  </svg>
);

/** Followers arriving one by one in random order until the grid is full. */
const FollowerCrowd: React.FC<{ palette: ColorPalette }> = ({ palette }) => {
  const frame = useCurrentFrame();
  const { unit, orientation, contentWidth } = useLayout();
  const [cols, rows] = orientation === 'portrait' ? [7, 5] : orientation === 'square' ? [9, 3] : [14, 3];
  const cell = Math.min(contentWidth / cols, 130 * unit);
  const colors = [palette.primary, palette.secondary, withAlpha(palette.accent, 0.85)];
  return (
    <div style={{ display: 'grid', gridTemplateColumns: `repeat(${cols}, ${cell}px)`, justifyContent: 'center' }}>
      {Array.from({ length: cols * rows }, (_, i) => {
        const arrival = 6 + random(`follower-${i}`) * 60;
        const pop = interpolate(frame - arrival, [0, 10], [0, 1], {
          extrapolateLeft: 'clamp',
          extrapolateRight: 'clamp',
          easing: Easing.out(Easing.back(2)),
        });
        return (
          <div
            key={i}
            style={{
              width: cell,
              height: cell,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              opacity: pop,
              transform: `scale(${pop})`,
            }}
          >
            <Avatar size={cell * 0.78} color={colors[i % colors.length]} />
          </div>
        );
      })}
    </div>
  );
};

const GrowthScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { orientation } = useLayout();
  return (
    <CenterScene gap={40}>
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.primary}
        to={palette.secondary}
        size={88}
        maxLines={2}
        reveal="fade"
      />
      <FollowerCrowd palette={palette} />
      {scene.emphasis ? (
        <StatCounter
          value={scene.emphasis}
          size={orientation === 'portrait' ? 190 : 130}
          color={palette.accent}
          gradientTo={palette.secondary}
          delay={10}
          durationInFrames={60}
        />
      ) : null}
      {scene.subhead ? <Subhead text={scene.subhead} delay={24} size={40} maxLines={2} /> : null}
    </CenterScene>
  );
};

const StepsScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { orientation } = useLayout();
  const steps = scene.bulletPoints ?? [];
  return (
    <CenterScene gap={44}>
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.secondary}
        to={palette.accent}
        size={96}
        maxLines={2}
      />
      <CardGrid columns={orientation === 'landscape' ? steps.length : 1} gap={22}>
        {steps.map((step, i) => (
          <StepCard
            key={step}
            step={i + 1}
            title={step}
            color={withAlpha(palette.primary, 0.7)}
            colorTo={withAlpha(palette.secondary, 0.55)}
            delay={12 + i * 10}
          />
        ))}
      </CardGrid>
    </CenterScene>
  );
};

const CTAScene: React.FC<SceneProps> = ({ scene, facts, palette }) => {
  const glow = usePulse(40);
  const { unit } = useLayout();
  return (
    <CenterScene gap={50}>
      <PopIn from={0.3} damping={10}>
        <div
          style={{
            borderRadius: 60 * unit,
            boxShadow: `0 0 ${(60 + 60 * glow) * unit}px ${withAlpha(palette.accent, 0.5)}`,
          }}
        >
          <IconBadge icon="download" color={palette.accent} size={200} />
        </div>
      </PopIn>
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.accent}
        to={palette.secondary}
        size={100}
        delay={10}
      />
      <CTAButton
        text={facts.cta}
        from={withAlpha(palette.primary, 0.75)}
        to={withAlpha(palette.secondary, 0.6)}
        size={54}
        delay={26}
      />
      <DomainBadge domain={facts.domain} color={palette.secondary} delay={36} />
    </CenterScene>
  );
};

const StatementScene: React.FC<SceneProps> = ({ scene, palette }) => (
  <CenterScene>
    <Headline text={scene.headline ?? ''} highlight={scene.emphasis} from={palette.primary} to={palette.secondary} />
    {scene.subhead ? <Subhead text={scene.subhead} /> : null}
  </CenterScene>
);

const SCENES: Record<string, React.FC<SceneProps>> = {
  hook: HookScene,
  gate: GateScene,
  growth: GrowthScene,
  steps: StepsScene,
  cta: CTAScene,
};

/** Soft out-of-focus lights drifting upwards, like a crowd's phone screens at a show. */
const Bokeh: React.FC<{ palette: ColorPalette }> = ({ palette }) => {
  const frame = useCurrentFrame();
  const { width, height, unit } = useLayout();
  const colors = [palette.primary, palette.secondary, palette.accent];
  return (
    <AbsoluteFill style={{ overflow: 'hidden' }}>
      {Array.from({ length: 22 }, (_, i) => {
        const size = (60 + random(`bokeh-size-${i}`) * 160) * unit;
        const speed = 0.4 + random(`bokeh-speed-${i}`) * 1.2;
        const travel = height + size * 2;
        const y = ((((random(`bokeh-y-${i}`) * travel - frame * speed * unit) % travel) + travel) % travel) - size;
        const x = random(`bokeh-x-${i}`) * width + Math.sin(frame / 60 + i) * 20 * unit;
        const color = colors[i % colors.length];
        return (
          <div
            key={i}
            style={{
              position: 'absolute',
              left: x - size / 2,
              top: y,
              width: size,
              height: size,
              borderRadius: '50%',
              background: `radial-gradient(circle, ${withAlpha(color, 0.26)} 0%, ${withAlpha(color, 0.08)} 45%, transparent 70%)`,
            }}
          />
        );
      })}
    </AbsoluteFill>
  );
};

const SceneImage: React.FC<{ image: string | null; palette: ColorPalette }> = ({ image, palette }) => {
  const opacity = useEntrance({ durationInFrames: 20 }) * useExit(12);
  if (!image) return null;
  return (
    <AbsoluteFill style={{ opacity: opacity * 0.4 }}>
      <CinematicBG imageUrl={image} palette={palette} darken={0.8} pan="up" />
    </AbsoluteFill>
  );
};

export default function FollowGatesVideo({ script, facts, images }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  const palette = script.colorPalette;
  return (
    <AbsoluteFill style={{ backgroundColor: palette.background, fontFamily: F }}>
      <PaletteGradient palette={palette} period={420} />
      <AbsoluteFill style={{ backgroundColor: withAlpha(palette.background, 0.35) }} />
      <Bokeh palette={palette} />
      <Vignette color={palette.background} strength={0.75} />
      <Series>
        {script.scenes.map((scene, i) => {
          const Scene = SCENES[scene.id] ?? StatementScene;
          return (
            <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
              <SceneImage image={images[i] ?? null} palette={palette} />
              <SceneExit variant={i % 2 === 0 ? 'up' : 'zoom'}>
                <Scene scene={scene} facts={facts} palette={palette} />
              </SceneExit>
            </Series.Sequence>
          );
        })}
      </Series>
    </AbsoluteFill>
  );
}
