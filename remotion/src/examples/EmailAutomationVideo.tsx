import React from 'react';
import { AbsoluteFill, Series, useCurrentFrame, useVideoConfig } from 'remotion';
import {
  CardGrid,
  CenterScene,
  CinematicBG,
  ConnectorLine,
  CTAButton,
  DomainBadge,
  F,
  GlassCard,
  GridPattern,
  Headline,
  Icon,
  IconBadge,
  ReasonCard,
  SceneExit,
  ScanLine,
  SectionLabel,
  StatBlock,
  StepRow,
  Subhead,
  gradient,
  useEntrance,
  useLayout,
  usePulse,
  withAlpha,
} from '@ppr/components';
import type { ColorPalette, GeneratedVideoProps, VideoFacts, VideoScene } from '@ppr/components';

type SceneProps = { scene: VideoScene; facts: VideoFacts; palette: ColorPalette };

/** "Day 2 | The story behind the kit" -> ["Day 2", "The story behind the kit"]; without a bar the left part is empty. */
const splitPair = (text: string): [string, string] => {
  const bar = text.indexOf('|');
  return bar < 0 ? ['', text.trim()] : [text.slice(0, bar).trim(), text.slice(bar + 1).trim()];
};

const ICON_BY_KEYWORD: [RegExp, string][] = [
  [/welcome|free|gift/i, 'gift'],
  [/story|behind|video/i, 'video'],
  [/off|discount|sale|price/i, 'dollar'],
  [/last|ends|deadline/i, 'clock'],
];
const iconFor = (text: string): string => ICON_BY_KEYWORD.find(([pattern]) => pattern.test(text))?.[1] ?? 'mail';

/** A draft email that has never been sent: icon, skeleton lines and a nervous little shake. */
const DraftCard: React.FC<{ index: number; palette: ColorPalette }> = ({ index, palette }) => {
  const frame = useCurrentFrame();
  const { unit, contentWidth } = useLayout();
  const width = Math.min(contentWidth * 0.86, 660 * unit);
  const enter = useEntrance({ delay: index * 7, damping: 16 });
  const shake = Math.sin(frame * 0.9 + index * 2) * 1.2;
  const fan = (index - 1.5) * 4;
  return (
    <div
      style={{
        position: 'absolute',
        left: '50%',
        top: index * 46 * unit,
        width,
        marginLeft: -width / 2,
        opacity: enter,
        transform: `translateY(${(1 - enter) * 120 * unit}px) rotate(${fan * enter + shake}deg)`,
      }}
    >
      <GlassCard color={palette.primary} padding={28}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 24 * unit }}>
          <IconBadge icon="mail" color={index === 3 ? palette.accent : palette.primary} size={76} />
          <div style={{ flex: 1, display: 'flex', flexDirection: 'column', gap: 14 * unit }}>
            {[0.9, 0.6].map((w) => (
              <div
                key={w}
                style={{
                  height: 16 * unit,
                  width: `${w * 100}%`,
                  borderRadius: 99,
                  background: withAlpha('#FFFFFF', 0.14),
                }}
              />
            ))}
          </div>
          <div
            style={{
              width: 22 * unit,
              height: 22 * unit,
              borderRadius: '50%',
              background: palette.accent,
              boxShadow: `0 0 ${16 * unit}px ${palette.accent}`,
            }}
          />
        </div>
      </GlassCard>
    </div>
  );
};

const HookScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { unit } = useLayout();
  return (
    <CenterScene gap={56}>
      <div style={{ position: 'relative', width: '100%', height: 300 * unit }}>
        {[0, 1, 2, 3].map((i) => (
          <DraftCard key={i} index={i} palette={palette} />
        ))}
      </div>
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.accent}
        to={palette.primary}
        size={104}
        delay={14}
      />
      {scene.subhead ? <Subhead text={scene.subhead} delay={32} /> : null}
    </CenterScene>
  );
};

const ProblemScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { unit } = useLayout();
  return (
    <CenterScene gap={28}>
      <SectionLabel text="The problem" color={palette.accent} />
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.accent}
        to={palette.primary}
        size={80}
        maxLines={3}
      />
      <div style={{ display: 'flex', flexDirection: 'column', gap: 18 * unit, width: '100%' }}>
        {(scene.bulletPoints ?? []).map((point, i) => (
          <ReasonCard key={point} title={point} variant="cross" color={palette.accent} delay={18 + i * 8} />
        ))}
      </div>
    </CenterScene>
  );
};

/** The flow as a horizontal chain of nodes, for wide frames where a vertical timeline would not fit. */
const FlowChain: React.FC<{ steps: [string, string][]; palette: ColorPalette }> = ({ steps, palette }) => {
  const { unit } = useLayout();
  return (
    <div style={{ display: 'flex', alignItems: 'flex-start', width: '100%' }}>
      {steps.map(([time, text], i) => (
        <React.Fragment key={text}>
          <FlowNode time={time} text={text} delay={16 + i * 12} palette={palette} />
          {i < steps.length - 1 ? (
            <div style={{ flex: 0.5, paddingTop: 102 * unit, display: 'flex' }}>
              <ConnectorLine direction="horizontal" from={palette.primary} to={palette.secondary} delay={24 + i * 12} />
            </div>
          ) : null}
        </React.Fragment>
      ))}
    </div>
  );
};

const FlowNode: React.FC<{ time: string; text: string; delay: number; palette: ColorPalette }> = ({
  time,
  text,
  delay,
  palette,
}) => {
  const { unit } = useLayout();
  const enter = useEntrance({ delay, damping: 14 });
  return (
    <div
      style={{
        flex: 1,
        minWidth: 0,
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        gap: 16 * unit,
        opacity: enter,
        transform: `scale(${0.7 + 0.3 * enter})`,
      }}
    >
      <div
        style={{
          fontSize: 28 * unit,
          fontWeight: 700,
          letterSpacing: '0.08em',
          textTransform: 'uppercase',
          color: palette.secondary,
        }}
      >
        {time}
      </div>
      <IconBadge icon={iconFor(text)} color={palette.primary} size={124} />
      <div style={{ fontSize: 36 * unit, fontWeight: 650, lineHeight: 1.25, textAlign: 'center' }}>{text}</div>
    </div>
  );
};

const FlowScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { orientation } = useLayout();
  const steps = (scene.bulletPoints ?? []).map(splitPair);
  return (
    <CenterScene gap={44}>
      <SectionLabel text="The flow" color={palette.secondary} />
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.primary}
        to={palette.secondary}
        size={88}
        maxLines={2}
      />
      {orientation === 'landscape' ? (
        <FlowChain steps={steps} palette={palette} />
      ) : (
        <div style={{ width: '100%' }}>
          {steps.map(([time, text], i) => (
            <StepRow
              key={text}
              time={time}
              icon={iconFor(text)}
              text={text}
              color={palette.secondary}
              colorTo={palette.primary}
              connector={i < steps.length - 1}
              connectorLength={orientation === 'portrait' ? 56 : 30}
              delay={16 + i * 12}
            />
          ))}
        </div>
      )}
    </CenterScene>
  );
};

const StatsScene: React.FC<SceneProps> = ({ scene, palette }) => {
  const { orientation } = useLayout();
  const stats = (scene.bulletPoints ?? []).map(splitPair);
  const colors = [palette.primary, palette.secondary, palette.accent];
  return (
    <CenterScene gap={44}>
      <Headline
        text={scene.headline ?? ''}
        highlight={scene.emphasis}
        from={palette.secondary}
        to={palette.primary}
        size={96}
        maxLines={2}
      />
      <CardGrid columns={orientation === 'portrait' ? 1 : stats.length} gap={24}>
        {stats.map(([value, label], i) => (
          <StatBlock
            key={label}
            value={value}
            label={label}
            color={colors[i % 3]}
            colorTo={colors[(i + 1) % 3]}
            delay={14 + i * 8}
          />
        ))}
      </CardGrid>
    </CenterScene>
  );
};

/** An on/off switch that flips on and lights up: the whole feature in one gesture. */
const AutomationSwitch: React.FC<{ palette: ColorPalette }> = ({ palette }) => {
  const { unit } = useLayout();
  const on = useEntrance({ delay: 14, damping: 15 });
  const glow = usePulse(36, 14);
  const width = 260 * unit;
  const knob = 110 * unit;
  const inset = 13 * unit;
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 32 * unit }}>
      <div
        style={{
          position: 'relative',
          width,
          height: knob + inset * 2,
          borderRadius: 999,
          background: on > 0.5 ? gradient(palette.primary, palette.secondary, 90) : withAlpha('#FFFFFF', 0.12),
          boxShadow: `0 0 ${(40 + 40 * glow) * on * unit}px ${withAlpha(palette.secondary, 0.6 * on)}`,
          border: `${2 * unit}px solid ${withAlpha('#FFFFFF', 0.15)}`,
        }}
      >
        <div
          style={{
            position: 'absolute',
            top: inset - 2 * unit,
            left: inset + (width - knob - inset * 2 - 4 * unit) * on,
            width: knob,
            height: knob,
            borderRadius: '50%',
            background: '#FFFFFF',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            boxShadow: `0 ${6 * unit}px ${20 * unit}px rgba(0,0,0,0.4)`,
          }}
        >
          <Icon name="bolt" size={56} color={on > 0.5 ? palette.primary : '#9CA3AF'} />
        </div>
      </div>
      <div
        style={{
          fontFamily: F,
          fontSize: 56 * unit,
          fontWeight: 900,
          letterSpacing: '0.1em',
          color: on > 0.5 ? palette.secondary : '#6B7280',
        }}
      >
        {on > 0.5 ? 'ON' : 'OFF'}
      </div>
    </div>
  );
};

const CTAScene: React.FC<SceneProps> = ({ scene, facts, palette }) => (
  <CenterScene gap={52}>
    <AutomationSwitch palette={palette} />
    <Headline
      text={scene.headline ?? ''}
      highlight={scene.emphasis}
      from={palette.primary}
      to={palette.secondary}
      size={100}
      delay={24}
    />
    <CTAButton
      text={facts.cta}
      icon="mail"
      from={withAlpha(palette.primary, 0.85)}
      to={withAlpha(palette.accent, 0.7)}
      size={54}
      delay={40}
    />
    <DomainBadge domain={facts.domain} color={palette.secondary} delay={50} />
  </CenterScene>
);

const StatementScene: React.FC<SceneProps> = ({ scene, palette }) => (
  <CenterScene>
    <Headline text={scene.headline ?? ''} highlight={scene.emphasis} from={palette.primary} to={palette.secondary} />
    {scene.subhead ? <Subhead text={scene.subhead} /> : null}
  </CenterScene>
);

const SCENES: Record<string, React.FC<SceneProps>> = {
  hook: HookScene,
  problem: ProblemScene,
  flow: FlowScene,
  stats: StatsScene,
  cta: CTAScene,
};
const PANS = ['right', 'up', 'left', 'down'] as const;

export default function EmailAutomationVideo({ script, facts, images }: GeneratedVideoProps) {
  const { fps } = useVideoConfig();
  const palette = script.colorPalette;
  return (
    <AbsoluteFill style={{ backgroundColor: palette.background }}>
      <Series>
        {script.scenes.map((scene, i) => {
          const Scene = SCENES[scene.id] ?? StatementScene;
          return (
            <Series.Sequence key={scene.id} durationInFrames={Math.round(scene.duration * fps)}>
              <CinematicBG imageUrl={images[i] ?? null} palette={palette} pan={PANS[i % PANS.length]} darken={0.65}>
                {images[i] ? <AbsoluteFill style={{ backgroundColor: withAlpha(palette.background, 0.6) }} /> : null}
                <GridPattern color={palette.secondary} opacity={0.1} cellSize={64} />
                <ScanLine color={palette.secondary} opacity={0.25} period={120} offset={i * 40} />
                <SceneExit variant={i % 2 === 0 ? 'zoom' : 'up'}>
                  <Scene scene={scene} facts={facts} palette={palette} />
                </SceneExit>
              </CinematicBG>
            </Series.Sequence>
          );
        })}
      </Series>
    </AbsoluteFill>
  );
}
