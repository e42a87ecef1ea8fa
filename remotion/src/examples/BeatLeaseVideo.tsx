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
  GradientText,
  Headline,
  Icon,
  PopIn,
  SceneExit,
  SectionLabel,
  StatCounter,
  Subhead,
  TierCard,
  Vignette,
  gradient,
  useEntrance,
  useExit,
  useLayout,
  withAlpha,
} from '@ppr/components';
import type { ColorPalette, GeneratedVideoProps, VideoFacts, VideoScene } from '@ppr/components';

type SceneProps = { scene: VideoScene; facts: VideoFacts; palette: ColorPalette };
type Tier = { name: string; price: string; features: string[] };

/** "Premium | $79 | WAV + stems · 100,000 streams" -> name, price and the features split on "·". */
const parseTier = (text: string): Tier => {
  const [name = '', price = '', features = ''] = text.split('|').map((part) => part.trim());
  return {
    name,
    price,
    features: features
      .split('·')
      .map((f) => f.trim())
      .filter(Boolean),
  };
};

/** A spinning record: grooves, a fixed sheen and a gradient label that shows the rotation. */
const Vinyl: React.FC<{ size: number; palette: ColorPalette }> = ({ size, palette }) => {
  const frame = useCurrentFrame();
  const { unit } = useLayout();
  const px = size * unit;
  return (
    <div style={{ position: 'relative', width: px, height: px, flexShrink: 0 }}>
      <div
        style={{
          position: 'absolute',
          inset: -px * 0.1,
          borderRadius: '50%',
          background: `radial-gradient(circle, ${withAlpha(palette.primary, 0.35)}, transparent 65%)`,
        }}
      />
      <svg
        width={px}
        height={px}
        viewBox="0 0 100 100"
        style={{ position: 'absolute', left: 0, top: 0, transform: `rotate(${frame * 3}deg)` }}
      >
        <circle cx={50} cy={50} r={49} fill="#0B0A0F" stroke={withAlpha(palette.primary, 0.4)} strokeWidth={0.6} />
        {Array.from({ length: 14 }, (_, i) => (
          <circle
            key={i}
            cx={50}
            cy={50}
            r={20 + i * 2.1}
            fill="none"
            stroke={withAlpha('#FFFFFF', i % 3 === 0 ? 0.09 : 0.04)}
            strokeWidth={0.35}
          />
        ))}
        <defs>
          <linearGradient id="beat-lease-label" x1="0" y1="0" x2="1" y2="1">
            <stop offset="0%" stopColor={palette.primary} />
            <stop offset="100%" stopColor={palette.accent} />
          </linearGradient>
        </defs>
        <circle cx={50} cy={50} r={17} fill="url(#beat-lease-label)" />
        <path d="M46 43.5v13l10.5-6.5z" fill="#FFFFFF" opacity={0.9} />
        <circle cx={50} cy={30} r={1.2} fill={withAlpha('#FFFFFF', 0.6)} />
      </svg>
      <div
        style={{
          position: 'absolute',
          inset: 0,
          borderRadius: '50%',
          background: `conic-gradient(from 30deg, transparent 0deg, ${withAlpha('#FFFFFF', 0.1)} 25deg, transparent 60deg, transparent 180deg, ${withAlpha('#FFFFFF', 0.07)} 210deg, transparent 240deg)`,
        }}
      />
    </div>
  );
};

const HookScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { unit, orientation } = useLayout();
  const rise = useEntrance({ damping: 18, durationInFrames: 30 });
  return (
    <CenterScene gap={60}>
      <div style={{ transform: `translateY(${(1 - rise) * 500 * unit}px) scale(${0.8 + 0.2 * rise})` }}>
        <Vinyl size={orientation === 'portrait' ? 620 : 440} palette={palette} />
      </div>
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.primary}
        to={palette.accent}
        size={112}
        delay={16}
      />
    </CenterScene>
  );
};

/** One chat message; odd messages are the producer's replies on the right. */
const ChatBubble: React.FC<{ text: string; index: number; palette: ColorPalette }> = ({ text, index, palette }) => {
  const { unit } = useLayout();
  const mine = index % 2 === 1;
  return (
    <PopIn delay={14 + index * 14} from={0.7} style={{ alignSelf: mine ? 'flex-end' : 'flex-start', maxWidth: '82%' }}>
      <div
        style={{
          padding: `${22 * unit}px ${32 * unit}px`,
          borderRadius: 40 * unit,
          borderBottomLeftRadius: mine ? 40 * unit : 10 * unit,
          borderBottomRightRadius: mine ? 10 * unit : 40 * unit,
          fontSize: 42 * unit,
          fontWeight: 550,
          lineHeight: 1.3,
          textAlign: 'left',
          background: mine
            ? gradient(withAlpha(palette.secondary, 0.5), withAlpha(palette.primary, 0.35))
            : withAlpha('#FFFFFF', 0.1),
          border: `${2 * unit}px solid ${mine ? withAlpha(palette.primary, 0.55) : withAlpha('#FFFFFF', 0.12)}`,
        }}
      >
        {text}
      </div>
    </PopIn>
  );
};

const TypingDots: React.FC<{ delay: number }> = ({ delay }) => {
  const { unit } = useLayout();
  const frame = useCurrentFrame();
  const show = useEntrance({ delay });
  return (
    <div
      style={{
        alignSelf: 'flex-start',
        display: 'flex',
        gap: 10 * unit,
        padding: `${24 * unit}px ${30 * unit}px`,
        borderRadius: 40 * unit,
        background: withAlpha('#FFFFFF', 0.1),
        opacity: show,
      }}
    >
      {[0, 1, 2].map((i) => (
        <div
          key={i}
          style={{
            width: 14 * unit,
            height: 14 * unit,
            borderRadius: '50%',
            background: '#FFFFFF',
            opacity: 0.3 + 0.7 * (0.5 + 0.5 * Math.sin(frame * 0.3 - i)),
          }}
        />
      ))}
    </div>
  );
};

const DMScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { unit } = useLayout();
  const messages = scene.bulletPoints ?? [];
  return (
    <CenterScene gap={48}>
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.accent}
        to={palette.primary}
        size={92}
        maxLines={2}
      />
      <div style={{ display: 'flex', flexDirection: 'column', gap: 18 * unit, width: '100%', maxWidth: 860 * unit }}>
        {messages.map((message, i) => (
          <ChatBubble key={message} text={message} index={i} palette={palette} />
        ))}
        <TypingDots delay={14 + messages.length * 14} />
      </div>
    </CenterScene>
  );
};

/** A compact tier for tall and square frames: name and features on the left, the price on the right. */
const TierRow: React.FC<{ tier: Tier; featured: boolean; delay: number; palette: ColorPalette }> = ({
  tier,
  featured,
  delay,
  palette,
}) => {
  const { unit } = useLayout();
  return (
    <GlassCard
      color={featured ? palette.primary : palette.secondary}
      glow={featured}
      delay={delay}
      padding={30}
      style={featured ? { border: `${3 * unit}px solid ${withAlpha(palette.primary, 0.6)}` } : undefined}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 24 * unit, textAlign: 'left' }}>
        <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 8 * unit }}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 14 * unit, fontSize: 42 * unit, fontWeight: 800 }}>
            {tier.name}
            {featured ? <Icon name="star" size={34} color={palette.primary} /> : null}
          </div>
          <div style={{ fontSize: 28 * unit, color: withAlpha('#FFFFFF', 0.6), lineHeight: 1.3 }}>
            {tier.features.join('  ·  ')}
          </div>
        </div>
        <GradientText
          from={palette.primary}
          to={palette.accent}
          style={{ fontSize: 76 * unit, fontWeight: 900, letterSpacing: '-0.03em', whiteSpace: 'nowrap' }}
        >
          {tier.price}
        </GradientText>
      </div>
    </GlassCard>
  );
};

const TiersScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { unit, orientation } = useLayout();
  const tiers = (scene.bulletPoints ?? []).map(parseTier);
  const isFeatured = (tier: Tier) => tier.name.toLowerCase() === (scene.emphasis ?? '').toLowerCase();
  return (
    <CenterScene gap={40}>
      <SectionLabel text="Licence tiers" color={palette.primary} />
      <Headline text={scene.headline ?? ''} from={palette.primary} to={palette.accent} size={88} maxLines={2} />
      {orientation === 'landscape' ? (
        <CardGrid columns={tiers.length} gap={28} style={{ alignItems: 'center' }}>
          {tiers.map((tier, i) => (
            <TierCard
              key={tier.name}
              name={tier.name}
              price={tier.price}
              features={tier.features}
              highlighted={isFeatured(tier)}
              color={palette.primary}
              colorTo={palette.accent}
              delay={14 + i * 8}
            />
          ))}
        </CardGrid>
      ) : (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 22 * unit, width: '100%' }}>
          {tiers.map((tier, i) => (
            <TierRow key={tier.name} tier={tier} featured={isFeatured(tier)} delay={14 + i * 8} palette={palette} />
          ))}
        </div>
      )}
    </CenterScene>
  );
};

/** A licence document whose lines type in and whose signature draws itself, then gets a check stamp. */
const LicenceDocument: React.FC<{ palette: ColorPalette }> = ({ palette }) => {
  const frame = useCurrentFrame();
  const { unit } = useLayout();
  const sign = interpolate(frame, [30, 60], [1, 0], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
    easing: Easing.inOut(Easing.cubic),
  });
  return (
    <GlassCard color={palette.primary} padding={40} style={{ width: 640 * unit, maxWidth: '100%' }}>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 18 * unit, textAlign: 'left' }}>
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 14 * unit,
            fontSize: 28 * unit,
            fontWeight: 800,
            letterSpacing: '0.14em',
            color: palette.primary,
          }}
        >
          <Icon name="shield" size={34} color={palette.primary} />
          LICENCE
        </div>
        {[1, 0.85, 0.95, 0.6].map((w, i) => {
          const grow = interpolate(frame, [6 + i * 5, 18 + i * 5], [0, w], {
            extrapolateLeft: 'clamp',
            extrapolateRight: 'clamp',
          });
          return (
            <div
              key={i}
              style={{
                height: 14 * unit,
                width: `${grow * 100}%`,
                borderRadius: 99,
                background: withAlpha('#FFFFFF', 0.16),
              }}
            />
          );
        })}
        <div style={{ display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', marginTop: 12 * unit }}>
          <svg width={260 * unit} height={90 * unit} viewBox="0 0 260 90">
            <path
              d="M8 62c22-40 34-46 38-30s-6 34 6 28 18-44 30-36-2 34 12 30 20-26 34-22 6 20 22 16 30-18 50-20"
              fill="none"
              stroke={palette.primary}
              strokeWidth={4}
              strokeLinecap="round"
              pathLength={1}
              strokeDasharray={1}
              strokeDashoffset={sign}
            />
            <line x1={4} x2={256} y1={82} y2={82} stroke={withAlpha('#FFFFFF', 0.25)} strokeWidth={2} />
          </svg>
          <PopIn delay={62} from={1.8} damping={10}>
            <div
              style={{
                width: 96 * unit,
                height: 96 * unit,
                borderRadius: '50%',
                display: 'flex',
                alignItems: 'center',
                justifyContent: 'center',
                background: gradient(palette.primary, palette.accent),
                boxShadow: `0 0 ${40 * unit}px ${withAlpha(palette.primary, 0.6)}`,
              }}
            >
              <Icon name="check" size={56} strokeWidth={3.2} />
            </div>
          </PopIn>
        </div>
      </div>
    </GlassCard>
  );
};

const ContractScene: React.FC<SceneProps> = ({ scene, palette }) => (
  <CenterScene gap={48}>
    <LicenceDocument palette={palette} />
    <Headline
      text={scene.headline ?? ''}
      highlight={scene.emphasis}
      from={palette.primary}
      to={palette.accent}
      size={92}
      maxLines={3}
      delay={10}
    />
    {scene.subhead ? <Subhead text={scene.subhead} delay={24} maxLines={3} /> : null}
  </CenterScene>
);

/** A revenue line that climbs from left to right, with the area under it filling in. */
const EarningsChart: React.FC<{ palette: ColorPalette; height: number }> = ({ palette, height }) => {
  const frame = useCurrentFrame();
  const { unit, contentWidth } = useLayout();
  const w = contentWidth;
  const h = height * unit;
  const drawn = interpolate(frame, [8, 70], [0, 1], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
    easing: Easing.out(Easing.cubic),
  });
  const points = Array.from({ length: 41 }, (_, i) => {
    const x = i / 40;
    const y = 0.92 - 0.8 * Math.pow(x, 1.7) - 0.05 * Math.sin(x * 19);
    return `${(x * w).toFixed(1)},${(Math.max(0.04, y) * h).toFixed(1)}`;
  });
  const line = `M${points.join(' L')}`;
  return (
    <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} style={{ overflow: 'visible' }}>
      <defs>
        <linearGradient id="beat-lease-area" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0%" stopColor={withAlpha(palette.primary, 0.45)} />
          <stop offset="100%" stopColor={withAlpha(palette.primary, 0)} />
        </linearGradient>
        <clipPath id="beat-lease-reveal">
          <rect x={0} y={-h} width={w * drawn} height={h * 3} />
        </clipPath>
      </defs>
      <g clipPath="url(#beat-lease-reveal)">
        <path d={`${line} L${w},${h} L0,${h} Z`} fill="url(#beat-lease-area)" />
        <path
          d={line}
          fill="none"
          stroke={palette.primary}
          strokeWidth={6 * unit}
          strokeLinejoin="round"
          style={{ filter: `drop-shadow(0 0 ${12 * unit}px ${palette.primary})` }}
        />
      </g>
    </svg>
  );
};

const EarningsScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { unit, orientation } = useLayout();
  return (
    <CenterScene gap={36}>
      <Headline text={scene.headline ?? ''} size={80} maxLines={2} reveal="fade" />
      {scene.emphasis ? (
        <StatCounter
          value={scene.emphasis}
          size={orientation === 'portrait' ? 220 : 170}
          color={palette.primary}
          gradientTo={palette.accent}
          delay={8}
          durationInFrames={60}
        />
      ) : null}
      {scene.subhead ? <Subhead text={scene.subhead} delay={20} size={40} maxLines={2} /> : null}
      <div style={{ marginTop: 20 * unit }}>
        <EarningsChart palette={palette} height={orientation === 'portrait' ? 340 : 200} />
      </div>
    </CenterScene>
  );
};

const CTAScene: React.FC<SceneProps> = ({ scene, facts, palette }) => {
  const { unit, orientation } = useLayout();
  const wide = orientation === 'landscape';
  return (
    <CenterScene gap={48}>
      <div style={{ display: 'flex', flexDirection: wide ? 'row' : 'column', alignItems: 'center', gap: 56 * unit }}>
        <PopIn from={0.4} damping={14}>
          <Vinyl size={wide ? 420 : 360} palette={palette} />
        </PopIn>
        <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 40 * unit, minWidth: 0 }}>
          <Headline
            text={scene.headline ?? ''}
            highlight={scene.emphasis}
            from={palette.primary}
            to={palette.accent}
            size={96}
            width={wide ? 0.6 : 1}
            delay={8}
          />
          <CTAButton
            text={facts.cta}
            icon="music"
            from={withAlpha(palette.secondary, 0.75)}
            to={withAlpha(palette.accent, 0.75)}
            size={54}
            delay={26}
          />
          <DomainBadge domain={facts.domain} color={palette.primary} delay={36} />
        </div>
      </div>
    </CenterScene>
  );
};

const StatementScene: React.FC<SceneProps> = ({ scene, palette }) => (
  <CenterScene>
    <Headline text={scene.headline ?? ''} highlight={scene.emphasis} from={palette.primary} to={palette.accent} />
    {scene.subhead ? <Subhead text={scene.subhead} /> : null}
  </CenterScene>
);

const SCENES: Record<string, React.FC<SceneProps>> = {
  hook: HookScene,
  dms: DMScene,
  tiers: TiersScene,
  contract: ContractScene,
  earnings: EarningsScene,
  cta: CTAScene,
};

/** Warm stage light: slow rotating rays from above, over two drifting glows. */
const StageLight: React.FC<{ palette: ColorPalette }> = ({ palette }) => {
  const frame = useCurrentFrame();
  return (
    <AbsoluteFill style={{ backgroundColor: palette.background, overflow: 'hidden' }}>
      <GlowOrb color={palette.primary} x={0.5} y={0.1} size={1.2} opacity={0.3} />
      <GlowOrb color={palette.secondary} x={0.15} y={0.85} size={0.9} opacity={0.25} phase={0.4} />
      <AbsoluteFill
        style={{
          background: `conic-gradient(from ${160 + Math.sin(frame / 70) * 12}deg at 50% -10%, transparent 0deg, ${withAlpha(palette.primary, 0.12)} 8deg, transparent 16deg, transparent 26deg, ${withAlpha(palette.primary, 0.08)} 32deg, transparent 40deg)`,
        }}
      />
      <Vignette color={palette.background} strength={0.8} />
    </AbsoluteFill>
  );
};

const SceneImage: React.FC<{ image: string | null; palette: ColorPalette }> = ({ image, palette }) => {
  const opacity = useEntrance({ durationInFrames: 20 }) * useExit(12);
  if (!image) return null;
  return (
    <AbsoluteFill style={{ opacity: opacity * 0.4 }}>
      <CinematicBG imageUrl={image} palette={palette} darken={0.8} zoomFrom={1.15} zoomTo={1.02} />
    </AbsoluteFill>
  );
};

export default function BeatLeaseVideo({ script, facts, images }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  const palette = script.colorPalette;
  return (
    <AbsoluteFill style={{ backgroundColor: palette.background, fontFamily: F }}>
      <StageLight palette={palette} />
      <Series>
        {script.scenes.map((scene, i) => {
          const Scene = SCENES[scene.id] ?? StatementScene;
          return (
            <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
              <SceneImage image={images[i] ?? null} palette={palette} />
              <SceneExit variant={scene.id === 'cta' ? 'fade' : 'zoom'}>
                <Scene scene={scene} facts={facts} palette={palette} />
              </SceneExit>
            </Series.Sequence>
          );
        })}
      </Series>
    </AbsoluteFill>
  );
}
