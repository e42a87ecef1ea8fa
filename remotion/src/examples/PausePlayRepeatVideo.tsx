import React from 'react';
import { AbsoluteFill, Series, interpolate, random, useCurrentFrame, useVideoConfig } from 'remotion';
import {
  AmbientBackground,
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
  LogoLockup,
  PopIn,
  SceneExit,
  StatBig,
  Subhead,
  gradient,
  useEntrance,
  useExit,
  useLayout,
  usePulse,
  withAlpha,
} from '@ppr/components';
import type { ColorPalette, GeneratedVideoProps, VideoFacts, VideoScene } from '@ppr/components';

type SceneProps = { scene: VideoScene; facts: VideoFacts; palette: ColorPalette };

// The brand's three transport buttons; a scene whose id matches one lights it up in the persistent deck.
const TRANSPORT = [
  { id: 'pause', icon: 'pause', label: 'Pause' },
  { id: 'play', icon: 'play', label: 'Play' },
  { id: 'repeat', icon: 'repeat', label: 'Repeat' },
];
const DECK_HEIGHT = 96;

const ICON_BY_KEYWORD: [RegExp, string][] = [
  [/course|lesson|class/i, 'book'],
  [/sample|kit|drum/i, 'drum'],
  [/preset|synth|patch/i, 'sliders'],
  [/beat|instrumental/i, 'music'],
  [/licen[cs]e|contract/i, 'shield'],
  [/mail|flow/i, 'mail'],
  [/deliver|download/i, 'download'],
];
const iconFor = (text: string): string => ICON_BY_KEYWORD.find(([pattern]) => pattern.test(text))?.[1] ?? 'sparkles';

/** Bars of a level meter: flat when energy is 0, dancing when it is 1. */
const EqualizerBars: React.FC<{ energy: number; palette: ColorPalette; height: number; count?: number }> = ({
  energy,
  palette,
  height,
  count = 28,
}) => {
  const frame = useCurrentFrame();
  const { unit, contentWidth } = useLayout();
  const width = Math.min(contentWidth, 900 * unit);
  const gap = (width / count) * 0.35;
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap, width, height: height * unit }}>
      {Array.from({ length: count }, (_, i) => {
        const phase = random(`bar-${i}`) * Math.PI * 2;
        const swing = (0.5 + 0.5 * Math.sin(frame * 0.23 + phase)) * (0.55 + 0.45 * Math.sin(frame * 0.07 + i * 0.6));
        const level = 0.05 + energy * 0.95 * swing;
        return (
          <div
            key={i}
            style={{
              flex: 1,
              height: `${level * 100}%`,
              borderRadius: 99,
              background: gradient(palette.secondary, palette.primary, 180),
              boxShadow: `0 0 ${14 * unit}px ${withAlpha(palette.primary, 0.35 + 0.4 * energy)}`,
              opacity: 0.35 + 0.65 * energy,
            }}
          />
        );
      })}
    </div>
  );
};

/** The persistent transport deck: which of Pause / Play / Repeat the story is on, and a playhead for the video. */
const TransportDeck: React.FC<{ script: GeneratedVideoProps['script'] }> = ({ script }) => {
  const frame = useCurrentFrame();
  const { fps, durationInFrames } = useVideoConfig();
  const { unit, safe, width } = useLayout();
  const palette = script.colorPalette;
  let start = 0;
  let active = -1;
  for (const scene of script.scenes) {
    if (start > frame) break;
    const index = TRANSPORT.findIndex((button) => button.id === scene.id);
    if (index >= 0) active = index;
    start += Math.round(scene.duration * fps);
  }
  const enter = useEntrance({ delay: 4 });
  const leave = interpolate(frame, [durationInFrames - 15, durationInFrames - 1], [1, 0], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
  });
  const playhead = frame / Math.max(1, durationInFrames - 1);
  return (
    <div
      style={{
        position: 'absolute',
        top: safe.top,
        left: safe.left,
        width: width - safe.left - safe.right,
        height: DECK_HEIGHT * unit,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        fontFamily: F,
        opacity: enter * leave,
        transform: `translateY(${(1 - enter) * -30 * unit}px)`,
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'center', gap: 18 * unit }}>
        {TRANSPORT.map((button, i) => {
          const on = i === active;
          return (
            <div
              key={button.id}
              style={{
                display: 'flex',
                alignItems: 'center',
                gap: 12 * unit,
                padding: `${12 * unit}px ${26 * unit}px`,
                borderRadius: 999,
                fontSize: 28 * unit,
                fontWeight: 700,
                letterSpacing: '0.12em',
                textTransform: 'uppercase',
                color: on ? '#FFFFFF' : withAlpha('#FFFFFF', 0.65),
                background: on
                  ? gradient(withAlpha(palette.primary, 0.55), withAlpha(palette.accent, 0.4))
                  : withAlpha('#FFFFFF', 0.05),
                border: `${2 * unit}px solid ${on ? withAlpha(palette.accent, 0.7) : withAlpha('#FFFFFF', 0.1)}`,
                boxShadow: on ? `0 0 ${36 * unit}px ${withAlpha(palette.primary, 0.6)}` : 'none',
              }}
            >
              <Icon name={button.icon} size={28} color={on ? '#FFFFFF' : withAlpha('#FFFFFF', 0.65)} />
              {button.label}
            </div>
          );
        })}
      </div>
      <div style={{ position: 'relative', height: 4 * unit, borderRadius: 99, background: withAlpha('#FFFFFF', 0.1) }}>
        <div
          style={{
            width: `${playhead * 100}%`,
            height: '100%',
            borderRadius: 99,
            background: gradient(palette.secondary, palette.primary, 90),
          }}
        />
        <div
          style={{
            position: 'absolute',
            left: `calc(${playhead * 100}% - ${8 * unit}px)`,
            top: -6 * unit,
            width: 16 * unit,
            height: 16 * unit,
            borderRadius: '50%',
            background: '#FFFFFF',
            boxShadow: `0 0 ${18 * unit}px ${palette.secondary}`,
          }}
        />
      </div>
    </div>
  );
};

/** Scenes sit below the deck: CenterScene with the deck's height kept clear at the top. */
const DeckScene: React.FC<{ children: React.ReactNode; gap?: number }> = ({ children, gap = 40 }) => {
  const { unit } = useLayout();
  return (
    <CenterScene gap={gap} style={{ paddingTop: (DECK_HEIGHT + 40) * unit }}>
      {children}
    </CenterScene>
  );
};

const PauseScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { unit } = useLayout();
  const glow = usePulse(40);
  return (
    <SceneExit variant="zoom">
      <DeckScene>
        <PopIn from={0.5}>
          <div
            style={{
              width: 260 * unit,
              height: 260 * unit,
              borderRadius: 64 * unit,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              background: withAlpha('#FFFFFF', 0.06),
              border: `${2 * unit}px solid ${withAlpha(palette.primary, 0.4)}`,
              boxShadow: `0 0 ${(50 + 50 * glow) * unit}px ${withAlpha(palette.primary, 0.45)}`,
            }}
          >
            <Icon name="pause" size={140} color="#FFFFFF" />
          </div>
        </PopIn>
        <EqualizerBars energy={0} palette={palette} height={90} />
        <Headline
          text={scene.headline ?? ''}
          highlight={scene.emphasis}
          from={palette.accent}
          to={palette.primary}
          size={100}
          delay={10}
        />
        {scene.subhead ? <Subhead text={scene.subhead} delay={28} /> : null}
      </DeckScene>
    </SceneExit>
  );
};

const PlayScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { unit, orientation } = useLayout();
  const energy = useEntrance({ delay: 20, durationInFrames: 40 });
  const items = scene.bulletPoints ?? [];
  const colors = [palette.primary, palette.secondary, palette.accent];
  return (
    <SceneExit variant="up">
      <DeckScene gap={36}>
        <Headline
          text={scene.headline ?? ''}
          highlight={scene.emphasis}
          from={palette.primary}
          to={palette.secondary}
          size={92}
          maxLines={2}
        />
        <CardGrid columns={orientation === 'landscape' ? Math.min(4, items.length) : 2} gap={22}>
          {items.map((item, i) => (
            <GlassCard key={item} color={colors[i % colors.length]} delay={12 + i * 6} padding={30}>
              <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 18 * unit }}>
                <IconBadge icon={iconFor(item)} color={colors[i % colors.length]} size={96} />
                <div style={{ fontSize: 42 * unit, fontWeight: 750, textAlign: 'center', lineHeight: 1.15 }}>
                  {item}
                </div>
              </div>
            </GlassCard>
          ))}
        </CardGrid>
        <EqualizerBars energy={energy} palette={palette} height={orientation === 'portrait' ? 130 : 70} />
        {scene.subhead ? <Subhead text={scene.subhead} delay={36} size={38} maxLines={2} /> : null}
      </DeckScene>
    </SceneExit>
  );
};

/** A loop that keeps turning: the repeat icon inside a ring with a sweeping arc and orbiting sparks. */
const LoopRing: React.FC<{ palette: ColorPalette; size: number }> = ({ palette, size }) => {
  const frame = useCurrentFrame();
  const { unit } = useLayout();
  const enter = useEntrance({ damping: 14 });
  const px = size * unit;
  return (
    <div
      style={{ position: 'relative', width: px, height: px, transform: `scale(${0.6 + 0.4 * enter})`, opacity: enter }}
    >
      <svg
        width={px}
        height={px}
        viewBox="0 0 100 100"
        style={{ position: 'absolute', inset: 0, transform: `rotate(${frame * 4}deg)` }}
      >
        <circle cx={50} cy={50} r={44} fill="none" stroke={withAlpha(palette.primary, 0.18)} strokeWidth={2} />
        <circle
          cx={50}
          cy={50}
          r={44}
          fill="none"
          stroke={palette.secondary}
          strokeWidth={2.5}
          strokeLinecap="round"
          strokeDasharray="70 207"
          style={{ filter: `drop-shadow(0 0 2px ${palette.secondary})` }}
        />
        {[0, 120, 240].map((angle) => (
          <circle
            key={angle}
            cx={50 + 44 * Math.cos((angle * Math.PI) / 180)}
            cy={50 + 44 * Math.sin((angle * Math.PI) / 180)}
            r={2.6}
            fill={palette.accent}
          />
        ))}
      </svg>
      <div style={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <IconBadge icon="repeat" color={palette.primary} size={size * 0.42} />
      </div>
    </div>
  );
};

const RepeatScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { unit, orientation } = useLayout();
  return (
    <SceneExit variant="zoom">
      <DeckScene gap={34}>
        <LoopRing palette={palette} size={orientation === 'portrait' ? 360 : 260} />
        <Headline
          text={scene.headline ?? ''}
          highlight={scene.emphasis}
          from={palette.secondary}
          to={palette.accent}
          size={100}
          maxLines={2}
          delay={8}
        />
        <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: 16 * unit }}>
          {(scene.bulletPoints ?? []).map((item, i) => (
            <PopIn key={item} delay={22 + i * 6}>
              <div
                style={{
                  display: 'flex',
                  alignItems: 'center',
                  gap: 12 * unit,
                  padding: `${14 * unit}px ${24 * unit}px`,
                  borderRadius: 999,
                  fontSize: 32 * unit,
                  fontWeight: 650,
                  background: withAlpha(palette.primary, 0.14),
                  border: `${2 * unit}px solid ${withAlpha(palette.primary, 0.35)}`,
                }}
              >
                <Icon name={iconFor(item)} size={32} color={palette.secondary} />
                {item}
              </div>
            </PopIn>
          ))}
        </div>
        {scene.subhead ? <Subhead text={scene.subhead} delay={34} size={38} maxLines={3} /> : null}
      </DeckScene>
    </SceneExit>
  );
};

const ProofScene: React.FC<SceneProps> = ({ scene, facts, palette }) => {
  const { unit, orientation } = useLayout();
  const wide = orientation === 'landscape';
  // StatBig's ring is taller than its box: portrait has room for it, the square frame shrinks it.
  const statScale = orientation === 'square' ? 0.8 : 1;
  const gap = orientation === 'portrait' ? 130 : 40;
  const rating = facts.averageRating ? (
    <PopIn delay={40}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 10 * unit, fontSize: 34 * unit, fontWeight: 700 }}>
        {Array.from({ length: 5 }, (_, i) => (
          <Icon key={i} name="star" size={36} color={palette.accent} />
        ))}
        <span style={{ marginLeft: 8 * unit }}>{facts.averageRating.toFixed(1)}</span>
      </div>
    </PopIn>
  ) : null;
  return (
    <SceneExit variant="fade">
      <DeckScene gap={gap}>
        <div
          style={{
            display: 'flex',
            flexDirection: wide ? 'row' : 'column',
            alignItems: 'center',
            gap: (wide ? 80 : gap) * unit,
          }}
        >
          <div
            style={{
              display: 'flex',
              flexDirection: 'column',
              alignItems: wide ? 'flex-start' : 'center',
              gap: 30 * unit,
              flex: wide ? 1 : undefined,
            }}
          >
            <Headline
              text={scene.headline ?? ''}
              size={wide ? 88 : 72}
              maxLines={wide ? 3 : 2}
              width={wide ? 0.5 : 1}
              align={wide ? 'left' : 'center'}
              reveal="fade"
            />
            {wide ? rating : null}
          </div>
          {scene.emphasis ? (
            <div style={{ transform: `scale(${statScale})` }}>
              <StatBig
                value={scene.emphasis}
                label={scene.subhead ?? ''}
                color={palette.primary}
                colorTo={palette.accent}
                delay={8}
              />
            </div>
          ) : null}
        </div>
        {wide ? null : rating}
      </DeckScene>
    </SceneExit>
  );
};

const CTAScene: React.FC<SceneProps> = ({ scene, facts, palette }) => (
  <SceneExit variant="fade" frames={15}>
    <DeckScene gap={48}>
      <LogoLockup name={facts.storeName} size={110} from={palette.primary} to={palette.accent} />
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.primary}
        to={palette.secondary}
        size={104}
        delay={12}
      />
      <CTAButton
        text={facts.cta}
        from={withAlpha(palette.primary, 0.85)}
        to={withAlpha(palette.accent, 0.7)}
        size={54}
        delay={30}
      />
      <DomainBadge domain={facts.domain} color={palette.secondary} delay={40} />
    </DeckScene>
  </SceneExit>
);

const StatementScene: React.FC<SceneProps> = ({ scene, palette }) => (
  <SceneExit>
    <DeckScene>
      <Headline text={scene.headline ?? ''} highlight={scene.emphasis} from={palette.primary} to={palette.accent} />
      {scene.subhead ? <Subhead text={scene.subhead} /> : null}
    </DeckScene>
  </SceneExit>
);

const SCENES: Record<string, React.FC<SceneProps>> = {
  pause: PauseScene,
  play: PlayScene,
  repeat: RepeatScene,
  proof: ProofScene,
  cta: CTAScene,
};

/** The scene's picture, when there is one, fading in and out over the shared background. */
const SceneImage: React.FC<{ image: string | null; palette: ColorPalette }> = ({ image, palette }) => {
  const opacity = useEntrance({ durationInFrames: 20 }) * useExit(15);
  if (!image) return null;
  return (
    <AbsoluteFill style={{ opacity: opacity * 0.4 }}>
      <CinematicBG imageUrl={image} palette={palette} darken={0.8} />
    </AbsoluteFill>
  );
};

export default function PausePlayRepeatVideo({ script, facts, images }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  const palette = script.colorPalette;
  return (
    <AbsoluteFill style={{ backgroundColor: palette.background }}>
      <AmbientBackground palette={palette} gridVariant="floor" />
      <Series>
        {script.scenes.map((scene, i) => {
          const Scene = SCENES[scene.id] ?? StatementScene;
          return (
            <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
              <SceneImage image={images[i] ?? null} palette={palette} />
              <Scene scene={scene} facts={facts} palette={palette} />
            </Series.Sequence>
          );
        })}
      </Series>
      <TransportDeck script={script} />
    </AbsoluteFill>
  );
}
