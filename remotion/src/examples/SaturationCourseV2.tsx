import React from 'react';
import { AbsoluteFill, Easing, Series, interpolate, useCurrentFrame, useVideoConfig } from 'remotion';
import {
  CenterScene,
  CinematicBG,
  CTAButton,
  DomainBadge,
  F,
  GlassCard,
  GradientText,
  Headline,
  Icon,
  PopIn,
  SceneExit,
  SectionLabel,
  Subhead,
  WaveformVisual,
  fitFontSize,
  gradient,
  useEntrance,
  useLayout,
  usePulse,
  withAlpha,
} from '@ppr/components';
import type { ColorPalette, GeneratedVideoProps, VideoFacts, VideoScene } from '@ppr/components';

type SceneProps = { scene: VideoScene; facts: VideoFacts; palette: ColorPalette };

// Height of the persistent REC counter at the top of the safe area; every scene keeps it clear.
const COUNTER_HEIGHT = 64;

const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0].toUpperCase())
    .join('');

/** CenterScene below the REC counter. */
const TapeScene: React.FC<{ children: React.ReactNode; gap?: number }> = ({ children, gap = 40 }) => {
  const { unit } = useLayout();
  return (
    <CenterScene gap={gap} style={{ paddingTop: (COUNTER_HEIGHT + 24) * unit }}>
      {children}
    </CenterScene>
  );
};

const HookScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { unit, contentWidth } = useLayout();
  const word = (scene.emphasis ?? scene.headline ?? '').toUpperCase();
  const enter = useEntrance({ durationInFrames: 40 });
  // The word arrives with wide tracking that closes up; scaling by the tracking keeps it inside the safe width.
  const tracking = interpolate(enter, [0, 1], [0.3, 0.02]);
  const fontSize = fitFontSize(word, {
    maxWidth: contentWidth * 0.94,
    maxFontSize: 300 * unit,
    minFontSize: 80 * unit,
    maxLines: 1,
    emPerChar: 0.74,
  });
  return (
    <TapeScene gap={30}>
      <div
        style={{ position: 'relative', display: 'flex', alignItems: 'center', justifyContent: 'center', width: '100%' }}
      >
        <div style={{ position: 'absolute', opacity: 0.4 }}>
          <WaveformVisual
            drive={6}
            showClean={false}
            showLabels={false}
            height={fontSize / unit}
            cycles={3}
            speed={0.8}
            color={palette.secondary}
            colorTo={palette.primary}
          />
        </div>
        <div
          style={{
            position: 'relative',
            fontFamily: F,
            fontSize,
            fontWeight: 900,
            lineHeight: 1,
            letterSpacing: `${tracking}em`,
            transform: `scale(${0.74 / (0.72 + tracking)})`,
            filter: `blur(${(1 - enter) * 16 * unit}px) drop-shadow(0 0 ${40 * unit}px ${withAlpha(palette.primary, 0.5)})`,
            opacity: enter,
            whiteSpace: 'nowrap',
          }}
        >
          <GradientText from={palette.accent} to={palette.secondary} angle={180}>
            {word}
          </GradientText>
        </div>
      </div>
      <Headline
        text={scene.headline ?? ''}
        size={64}
        maxLines={2}
        reveal="fade"
        delay={22}
        weight={600}
        color={withAlpha('#FFFFFF', 0.85)}
      />
    </TapeScene>
  );
};

/** One half of the comparison: a labelled oscilloscope panel. */
const ScopePanel: React.FC<{
  label: string;
  drive: number;
  palette: ColorPalette;
  lit: boolean;
  width: number;
  delay: number;
}> = ({ label, drive, palette, lit, width, delay }) => {
  const { unit } = useLayout();
  return (
    <GlassCard color={lit ? palette.primary : '#9CA3AF'} glow={lit} padding={28} delay={delay}>
      <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 16 * unit }}>
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 12 * unit,
            fontSize: 28 * unit,
            fontWeight: 800,
            letterSpacing: '0.2em',
            textTransform: 'uppercase',
            color: lit ? palette.primary : '#9CA3AF',
          }}
        >
          <div
            style={{
              width: 14 * unit,
              height: 14 * unit,
              borderRadius: '50%',
              background: lit ? palette.secondary : '#6B7280',
              boxShadow: lit ? `0 0 ${12 * unit}px ${palette.secondary}` : 'none',
            }}
          />
          {label}
        </div>
        <WaveformVisual
          drive={drive}
          showClean={lit}
          showLabels={false}
          width={width}
          height={190}
          delay={delay}
          color={lit ? palette.primary : '#6B7280'}
          colorTo={lit ? palette.secondary : '#9CA3AF'}
          cleanColor={withAlpha('#FFFFFF', 0.5)}
        />
      </div>
    </GlassCard>
  );
};

const CompareScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { unit, orientation } = useLayout();
  const wide = orientation === 'landscape';
  const panelWidth = wide ? 0.42 : 0.86;
  return (
    <TapeScene gap={34}>
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.accent}
        to={palette.primary}
        size={84}
        maxLines={2}
      />
      <div style={{ display: 'flex', flexDirection: wide ? 'row' : 'column', gap: 24 * unit }}>
        <ScopePanel label="Before" drive={0.01} palette={palette} lit={false} width={panelWidth} delay={10} />
        <ScopePanel label="After" drive={5} palette={palette} lit width={panelWidth} delay={34} />
      </div>
      {scene.subhead ? <Subhead text={scene.subhead} delay={50} size={36} maxLines={2} /> : null}
    </TapeScene>
  );
};

/** Dancing bars beside the track that is playing. */
const PlayingBars: React.FC<{ color: string }> = ({ color }) => {
  const frame = useCurrentFrame();
  const { unit } = useLayout();
  return (
    <div style={{ display: 'flex', alignItems: 'flex-end', gap: 5 * unit, height: 34 * unit }}>
      {[0, 1, 2, 3].map((i) => (
        <div
          key={i}
          style={{
            width: 7 * unit,
            height: `${30 + 70 * Math.abs(Math.sin(frame * 0.25 + i * 1.7))}%`,
            borderRadius: 4 * unit,
            background: color,
          }}
        />
      ))}
    </div>
  );
};

const TracklistScene: React.FC<SceneProps> = ({ scene, facts, palette }) => {
  const frame = useCurrentFrame();
  const { durationInFrames } = useVideoConfig();
  const { unit, orientation } = useLayout();
  const modules = facts.modules ?? [];
  // The playhead walks down the tracklist across the middle of the scene.
  const perTrack = Math.max(1, (durationInFrames - 50) / Math.max(1, modules.length));
  const playing = Math.min(modules.length - 1, Math.floor(Math.max(0, frame - 25) / perTrack));
  const rowFont = orientation === 'portrait' ? 36 : 32;
  return (
    <TapeScene gap={30}>
      <SectionLabel text="Side A" color={palette.primary} />
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.accent}
        to={palette.primary}
        size={84}
        maxLines={2}
      />
      <div style={{ display: 'flex', flexDirection: 'column', gap: 8 * unit, width: '100%', maxWidth: 900 * unit }}>
        {modules.map((title, i) => {
          const enter = interpolate(frame - 12 - i * 4, [0, 14], [0, 1], {
            extrapolateLeft: 'clamp',
            extrapolateRight: 'clamp',
            easing: Easing.out(Easing.cubic),
          });
          const active = i === playing;
          return (
            <div
              key={title}
              style={{
                display: 'flex',
                alignItems: 'center',
                gap: 24 * unit,
                padding: `${16 * unit}px ${24 * unit}px`,
                borderRadius: 18 * unit,
                fontSize: rowFont * unit,
                textAlign: 'left',
                background: active
                  ? gradient(withAlpha(palette.primary, 0.28), withAlpha(palette.secondary, 0.12), 90)
                  : 'transparent',
                border: `${2 * unit}px solid ${active ? withAlpha(palette.primary, 0.45) : 'transparent'}`,
                opacity: enter * (i < playing ? 0.55 : active ? 1 : 0.8),
                transform: `translateX(${(1 - enter) * 40 * unit}px)`,
              }}
            >
              <span
                style={{
                  fontWeight: 800,
                  color: active ? palette.primary : withAlpha('#FFFFFF', 0.45),
                  fontVariantNumeric: 'tabular-nums',
                  width: rowFont * 1.4 * unit,
                  flexShrink: 0,
                }}
              >
                {String(i + 1).padStart(2, '0')}
              </span>
              <span style={{ flex: 1, minWidth: 0, fontWeight: active ? 750 : 550 }}>{title}</span>
              {active ? <PlayingBars color={palette.primary} /> : null}
            </div>
          );
        })}
      </div>
    </TapeScene>
  );
};

const InstructorScene: React.FC<SceneProps> = ({ scene, facts, palette }) => {
  const { unit } = useLayout();
  const ring = usePulse(50);
  return (
    <TapeScene gap={36}>
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.accent}
        to={palette.primary}
        size={80}
        maxLines={2}
      />
      {facts.creatorName ? (
        <PopIn delay={12} from={0.7}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 30 * unit }}>
            <div
              style={{
                width: 150 * unit,
                height: 150 * unit,
                borderRadius: '50%',
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'center',
                background: gradient(palette.accent, palette.primary),
                boxShadow: `0 0 0 ${(6 + 6 * ring) * unit}px ${withAlpha(palette.primary, 0.2)}, 0 0 ${60 * unit}px ${withAlpha(palette.primary, 0.4)}`,
                fontSize: 60 * unit,
                fontWeight: 900,
                color: palette.background,
              }}
            >
              {initialsOf(facts.creatorName)}
            </div>
            <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 8 * unit }}>
              <div style={{ fontSize: 52 * unit, fontWeight: 800 }}>{facts.creatorName}</div>
              {facts.averageRating ? (
                <div
                  style={{
                    display: 'flex',
                    alignItems: 'center',
                    gap: 8 * unit,
                    fontSize: 32 * unit,
                    fontWeight: 700,
                    color: palette.accent,
                  }}
                >
                  {Array.from({ length: 5 }, (_, i) => (
                    <Icon
                      key={i}
                      name="star"
                      size={30}
                      color={i < Math.round(facts.averageRating ?? 0) ? palette.primary : withAlpha('#FFFFFF', 0.2)}
                    />
                  ))}
                  <span style={{ marginLeft: 6 * unit }}>{facts.averageRating.toFixed(1)}</span>
                </div>
              ) : null}
            </div>
          </div>
        </PopIn>
      ) : null}
      {scene.subhead ? <Subhead text={scene.subhead} delay={26} size={40} maxLines={3} /> : null}
      {facts.enrollmentCount ? (
        <PopIn delay={40}>
          <div
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: 14 * unit,
              padding: `${14 * unit}px ${28 * unit}px`,
              borderRadius: 999,
              background: withAlpha(palette.primary, 0.12),
              border: `${2 * unit}px solid ${withAlpha(palette.primary, 0.3)}`,
              fontSize: 32 * unit,
              fontWeight: 700,
            }}
          >
            <Icon name="users" size={34} color={palette.primary} />
            {`${String(facts.enrollmentCount).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} producers enrolled`}
          </div>
        </PopIn>
      ) : null}
    </TapeScene>
  );
};

/** Two tape reels turning with the tape running between them. */
const TapeReels: React.FC<{ palette: ColorPalette; size: number }> = ({ palette, size }) => {
  const frame = useCurrentFrame();
  const { unit } = useLayout();
  const px = size * unit;
  const reel = (spin: number) => (
    <svg width={px} height={px} viewBox="0 0 100 100" style={{ transform: `rotate(${spin}deg)` }}>
      <circle
        cx={50}
        cy={50}
        r={48}
        fill={withAlpha(palette.primary, 0.12)}
        stroke={withAlpha(palette.primary, 0.6)}
        strokeWidth={1.5}
      />
      <circle cx={50} cy={50} r={34} fill="#2A1D12" />
      {[0, 120, 240].map((a) => (
        <circle
          key={a}
          cx={50 + 22 * Math.cos((a * Math.PI) / 180)}
          cy={50 + 22 * Math.sin((a * Math.PI) / 180)}
          r={9}
          fill={palette.background}
        />
      ))}
      <circle cx={50} cy={50} r={6} fill={palette.primary} />
    </svg>
  );
  return (
    <div style={{ position: 'relative', display: 'flex', gap: px * 0.5 }}>
      <div
        style={{
          position: 'absolute',
          left: px / 2,
          right: px / 2,
          bottom: px * 0.04,
          height: 4 * unit,
          background: withAlpha(palette.accent, 0.5),
        }}
      />
      {reel(frame * 4)}
      {reel(frame * 4 + 40)}
    </div>
  );
};

const CTAScene: React.FC<SceneProps> = ({ scene, facts, palette }) => {
  const { unit, orientation } = useLayout();
  return (
    <TapeScene gap={38}>
      <PopIn from={0.6} damping={14}>
        <TapeReels palette={palette} size={{ portrait: 220, landscape: 170, square: 140 }[orientation]} />
      </PopIn>
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.accent}
        to={palette.primary}
        size={96}
        maxLines={2}
        delay={8}
      />
      <div
        style={{ display: 'flex', alignItems: 'baseline', gap: 24 * unit, flexWrap: 'wrap', justifyContent: 'center' }}
      >
        <span style={{ fontSize: 40 * unit, fontWeight: 700, color: withAlpha('#FFFFFF', 0.8) }}>{facts.title}</span>
        {facts.priceLabel ? (
          <GradientText
            from={palette.accent}
            to={palette.primary}
            style={{ fontSize: 96 * unit, fontWeight: 900, letterSpacing: '-0.03em' }}
          >
            {facts.priceLabel}
          </GradientText>
        ) : null}
      </div>
      <CTAButton
        text={facts.cta}
        from={withAlpha(palette.secondary, 0.85)}
        to={withAlpha(palette.primary, 0.6)}
        size={54}
        delay={26}
      />
      <DomainBadge domain={facts.domain} color={palette.primary} delay={36} />
    </TapeScene>
  );
};

const StatementScene: React.FC<SceneProps> = ({ scene, palette }) => (
  <TapeScene>
    <Headline text={scene.headline ?? ''} highlight={scene.emphasis} from={palette.accent} to={palette.primary} />
    {scene.subhead ? <Subhead text={scene.subhead} /> : null}
  </TapeScene>
);

const SCENES: Record<string, React.FC<SceneProps>> = {
  hook: HookScene,
  compare: CompareScene,
  tracklist: TracklistScene,
  instructor: InstructorScene,
  cta: CTAScene,
};

/** The tape machine's counter: a blinking REC light and the running time of the video. */
const RecCounter: React.FC<{ palette: ColorPalette }> = ({ palette }) => {
  const frame = useCurrentFrame();
  const { fps, durationInFrames } = useVideoConfig();
  const { unit, safe } = useLayout();
  const seconds = Math.floor(frame / fps);
  const time = [Math.floor(seconds / 60), seconds % 60, frame % fps].map((n) => String(n).padStart(2, '0')).join(':');
  const fade = interpolate(frame, [0, 12, durationInFrames - 12, durationInFrames - 1], [0, 1, 1, 0], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
  });
  return (
    <div
      style={{
        position: 'absolute',
        top: safe.top,
        left: 0,
        right: 0,
        height: COUNTER_HEIGHT * unit,
        display: 'flex',
        justifyContent: 'center',
        alignItems: 'center',
        opacity: fade,
      }}
    >
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16 * unit,
          padding: `${10 * unit}px ${26 * unit}px`,
          borderRadius: 999,
          background: withAlpha('#000000', 0.45),
          border: `${2 * unit}px solid ${withAlpha('#FFFFFF', 0.12)}`,
          fontFamily: F,
          fontSize: 28 * unit,
          fontWeight: 700,
          letterSpacing: '0.12em',
          color: withAlpha('#FFFFFF', 0.85),
          fontVariantNumeric: 'tabular-nums',
        }}
      >
        <div
          style={{
            width: 18 * unit,
            height: 18 * unit,
            borderRadius: '50%',
            background: palette.secondary,
            opacity: frame % 30 < 18 ? 1 : 0.25,
            boxShadow: `0 0 ${14 * unit}px ${palette.secondary}`,
          }}
        />
        REC {time}
      </div>
    </div>
  );
};

/** Fine film grain over everything; the seed changes every frame so it crawls like real grain. */
const FilmGrain: React.FC = () => {
  const frame = useCurrentFrame();
  return (
    <AbsoluteFill style={{ opacity: 0.07, mixBlendMode: 'overlay', pointerEvents: 'none' }}>
      <svg width="100%" height="100%">
        <filter id="saturation-v2-grain">
          <feTurbulence type="fractalNoise" baseFrequency={0.9} numOctaves={2} seed={frame % 12} />
        </filter>
        <rect width="100%" height="100%" filter="url(#saturation-v2-grain)" />
      </svg>
    </AbsoluteFill>
  );
};

const ZOOMS: [number, number][] = [
  [1.25, 1.05],
  [1.05, 1.2],
  [1.15, 1.0],
  [1.0, 1.15],
];

export default function SaturationCourseV2({ script, facts, images }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  const palette = script.colorPalette;
  return (
    <AbsoluteFill style={{ backgroundColor: palette.background, fontFamily: F }}>
      <Series>
        {script.scenes.map((scene, i) => {
          const Scene = SCENES[scene.id] ?? StatementScene;
          const [zoomFrom, zoomTo] = ZOOMS[i % ZOOMS.length];
          return (
            <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
              <CinematicBG
                imageUrl={images[i] ?? null}
                palette={palette}
                zoomFrom={zoomFrom}
                zoomTo={zoomTo}
                darken={0.7}
              >
                {/* The text sits over the middle of the picture, where CinematicBG darkens least. */}
                {images[i] ? <AbsoluteFill style={{ backgroundColor: withAlpha(palette.background, 0.6) }} /> : null}
                <SceneExit variant="fade" frames={14}>
                  <Scene scene={scene} facts={facts} palette={palette} />
                </SceneExit>
              </CinematicBG>
            </Series.Sequence>
          );
        })}
      </Series>
      <FilmGrain />
      <RecCounter palette={palette} />
    </AbsoluteFill>
  );
}
