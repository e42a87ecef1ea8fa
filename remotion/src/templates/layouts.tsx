import React from 'react';
import { useVideoConfig } from 'remotion';
import {
  CardGrid,
  CenterScene,
  CTAButton,
  DomainBadge,
  FadeUp,
  FeatureCard,
  Headline,
  LogoLockup,
  PriceTag,
  ReasonCard,
  SectionLabel,
  StatBig,
  StatBlock,
  StepCard,
  StepRow,
  Subhead,
  useLayout,
  WaveformVisual,
} from '../components';
import { C, F } from '../theme';
import type { ColorPalette, SolutionItem, StatItem, StepItem } from '../types';

/** The words a scene shows above its content; every field may be missing. */
export type SceneText = {
  label?: string;
  headline?: string;
  highlight?: string;
  subhead?: string;
};

const MAX_ITEMS = { portrait: 5, square: 4, landscape: 6 } as const;
const LONG_HEADLINE = 45;

/**
 * How many list items fit the frame (one fewer under a long headline), and the frames between their entrances
 * so all land in the first third of the scene.
 */
const useItemPlan = (count: number, text: SceneText, maxItems?: number): { shown: number; stagger: number } => {
  const { orientation } = useLayout();
  const { durationInFrames } = useVideoConfig();
  const cap = maxItems ?? MAX_ITEMS[orientation];
  const shown = Math.min(count, (text.headline?.length ?? 0) > LONG_HEADLINE ? Math.max(1, cap - 1) : cap);
  const stagger = Math.max(2, Math.min(7, (durationInFrames * 0.35) / Math.max(1, shown)));
  return { shown, stagger };
};

const MoreNote: React.FC<{ count: number; noun: string; delay: number }> = ({ count, noun, delay }) => {
  const { unit } = useLayout();
  if (count <= 0) return null;
  return (
    <FadeUp delay={delay}>
      <div style={{ fontFamily: F, fontSize: 30 * unit, fontWeight: 600, color: C.textMuted, letterSpacing: '0.04em' }}>
        + {count} more {noun}
      </div>
    </FadeUp>
  );
};

const SceneHeader: React.FC<{ text: SceneText; palette: ColorPalette; size: number; maxLines: number; showSubhead: boolean }> = ({
  text,
  palette,
  size,
  maxLines,
  showSubhead,
}) => (
  <>
    {text.label ? <SectionLabel text={text.label} color={palette.primary} /> : null}
    {text.headline ? (
      <Headline text={text.headline} highlight={text.highlight} size={size} maxLines={maxLines} from={palette.primary} to={palette.secondary} delay={4} />
    ) : null}
    {showSubhead && text.subhead ? <Subhead text={text.subhead} delay={12} /> : null}
  </>
);

export type HookLayoutProps = { text: SceneText; palette: ColorPalette };

/** A statement scene: label, big headline with its emphasis in gradient, supporting line. */
export const HookLayout: React.FC<HookLayoutProps> = ({ text, palette }) => (
  <CenterScene gap={36}>
    <SceneHeader text={text} palette={palette} size={112} maxLines={4} showSubhead />
  </CenterScene>
);

export type ListLayoutProps = {
  text: SceneText;
  items: string[];
  /** 'cross' for problems, 'check' for benefits, 'number' for reasons, 'steps' for numbered modules. */
  variant: 'cross' | 'check' | 'number' | 'steps';
  palette: ColorPalette;
  /** What the items are, for "+ 3 more <noun>". */
  noun: string;
  /** Number of the first item for 'number' and 'steps' (continuing a list from an earlier scene). Default 1. */
  firstNumber?: number;
  /** Items left out before this list is drawn, counted in "+ N more". Default 0. */
  hiddenCount?: number;
};

/** A headline over a staggered list of cards; extra items collapse into "+ N more". */
export const ListLayout: React.FC<ListLayoutProps> = ({ text, items, variant, palette, noun, firstNumber = 1, hiddenCount = 0 }) => {
  const { orientation } = useLayout();
  const { shown, stagger } = useItemPlan(items.length, text);
  const color = variant === 'cross' ? C.danger : palette.primary;
  const visible = items.slice(0, shown);
  const longItems = visible.some((item) => item.length > 36);
  const columns = orientation === 'landscape' && longItems && shown > 2 ? 2 : undefined;
  return (
    <CenterScene gap={28}>
      <SceneHeader text={text} palette={palette} size={84} maxLines={3} showSubhead={items.length <= 2} />
      <CardGrid gap={20} columns={columns}>
        {visible.map((item, i) =>
          variant === 'steps' ? (
            <StepCard key={i} step={firstNumber + i} title={item} color={palette.primary} colorTo={palette.secondary} delay={10 + i * stagger} />
          ) : (
            <ReasonCard key={i} title={item} variant={variant} index={firstNumber + i} color={color} delay={10 + i * stagger} />
          ),
        )}
      </CardGrid>
      <MoreNote count={items.length - shown + hiddenCount} noun={noun} delay={12 + shown * stagger} />
    </CenterScene>
  );
};

export type FeatureGridLayoutProps = { text: SceneText; items: SolutionItem[]; palette: ColorPalette };

/** A headline over feature cards (icon, title, description), alternating the palette colours. */
export const FeatureGridLayout: React.FC<FeatureGridLayoutProps> = ({ text, items, palette }) => {
  const { orientation } = useLayout();
  const { shown, stagger } = useItemPlan(items.length, text, orientation === 'portrait' ? 4 : undefined);
  const colors = [palette.primary, palette.secondary, palette.accent];
  const wide = orientation !== 'portrait' && shown >= 3;
  return (
    <CenterScene gap={28}>
      <SceneHeader text={text} palette={palette} size={84} maxLines={3} showSubhead={items.length <= 2} />
      <CardGrid gap={20} columns={wide && orientation === 'square' ? 2 : undefined}>
        {items.slice(0, shown).map((item, i) => (
          <FeatureCard
            key={i}
            icon={item.icon}
            title={item.title}
            description={item.description}
            color={colors[i % colors.length]}
            delay={10 + i * stagger}
            layout={wide ? 'column' : 'row'}
          />
        ))}
      </CardGrid>
      <MoreNote count={items.length - shown} noun="features" delay={12 + shown * stagger} />
    </CenterScene>
  );
};

export type StatsLayoutProps = { text: SceneText; stats: StatItem[]; palette: ColorPalette };

/** Social proof: one stat as a huge counting number, several as a grid of counting blocks. */
export const StatsLayout: React.FC<StatsLayoutProps> = ({ text, stats, palette }) => {
  const { orientation } = useLayout();
  const { shown, stagger } = useItemPlan(stats.length, text, orientation === 'portrait' ? 4 : 6);
  if (stats.length === 1) {
    return (
      <CenterScene gap={40}>
        {text.label ? <SectionLabel text={text.label} color={palette.primary} /> : null}
        <StatBig value={stats[0].value} label={stats[0].label} color={palette.primary} colorTo={palette.secondary} delay={6} />
        {text.headline ? <Headline text={text.headline} highlight={text.highlight} size={64} maxLines={2} from={palette.primary} to={palette.secondary} delay={20} /> : null}
      </CenterScene>
    );
  }
  const columns = orientation === 'portrait' ? (shown === 4 ? 2 : 1) : orientation === 'square' ? 2 : shown <= 4 ? shown : 3;
  return (
    <CenterScene gap={36}>
      <SceneHeader text={text} palette={palette} size={84} maxLines={3} showSubhead={false} />
      <CardGrid columns={columns} gap={22}>
        {stats.slice(0, shown).map((stat, i) => (
          <StatBlock
            key={i}
            value={stat.value}
            label={stat.label}
            color={i % 2 === 0 ? palette.primary : palette.secondary}
            colorTo={i % 2 === 0 ? palette.secondary : palette.accent}
            delay={10 + i * stagger}
          />
        ))}
      </CardGrid>
    </CenterScene>
  );
};

export type TimelineLayoutProps = { text: SceneText; steps: StepItem[]; palette: ColorPalette };

/** How it works: a vertical timeline of time, icon and text, connected by drawing lines. */
export const TimelineLayout: React.FC<TimelineLayoutProps> = ({ text, steps, palette }) => {
  const { unit, orientation } = useLayout();
  const { shown, stagger } = useItemPlan(steps.length, text, orientation === 'portrait' ? 5 : 4);
  const visible = steps.slice(0, shown);
  return (
    <CenterScene gap={36}>
      <SceneHeader text={text} palette={palette} size={84} maxLines={2} showSubhead={false} />
      <div style={{ display: 'flex', flexDirection: 'column', width: '100%', maxWidth: 1100 * unit }}>
        {visible.map((step, i) => (
          <StepRow
            key={i}
            time={step.time}
            icon={step.icon}
            text={step.text}
            color={palette.primary}
            colorTo={palette.secondary}
            connector={i < visible.length - 1}
            connectorLength={orientation === 'portrait' ? 56 : 36}
            delay={10 + i * stagger * 1.4}
          />
        ))}
      </div>
      <MoreNote count={steps.length - shown} noun="steps" delay={12 + shown * stagger} />
    </CenterScene>
  );
};

export type WaveLayoutProps = { text: SceneText; palette: ColorPalette };

/** A headline over the saturation waveform, the drive rising as the scene plays. */
export const WaveLayout: React.FC<WaveLayoutProps> = ({ text, palette }) => {
  const { durationInFrames } = useVideoConfig();
  return (
    <CenterScene gap={48}>
      <SceneHeader text={text} palette={palette} size={90} maxLines={3} showSubhead />
      <WaveformVisual driveFrom={0.01} drive={5} delay={10} driveFrames={Math.max(20, durationInFrames * 0.6)} color={palette.accent} colorTo={palette.primary} cleanColor={palette.secondary} />
    </CenterScene>
  );
};

export type OfferLayoutProps = {
  text: SceneText;
  price: number;
  currency: string;
  /** Small line under the price, e.g. "12 modules · lifetime access". */
  note?: string;
  cta: string;
  palette: ColorPalette;
};

/** The offer: label, headline, big glowing price and the call-to-action button. */
export const OfferLayout: React.FC<OfferLayoutProps> = ({ text, price, currency, note, cta, palette }) => (
  <CenterScene gap={40}>
    <SceneHeader text={text} palette={palette} size={80} maxLines={3} showSubhead={false} />
    <PriceTag price={price} currency={currency} note={note} color={palette.primary} colorTo={palette.secondary} delay={14} />
    <CTAButton text={cta} from={palette.primary} to={palette.accent} delay={24} />
  </CenterScene>
);

export type EndCardLayoutProps = {
  text: SceneText;
  brand: string;
  cta: string;
  domain: string;
  palette: ColorPalette;
};

/** The closing card: brand lock-up, final headline, call-to-action and web address. */
export const EndCardLayout: React.FC<EndCardLayoutProps> = ({ text, brand, cta, domain, palette }) => (
  <CenterScene gap={44}>
    <LogoLockup name={brand} size={92} from={palette.primary} to={palette.accent} />
    {text.headline ? (
      <Headline text={text.headline} highlight={text.highlight} size={92} maxLines={3} from={palette.primary} to={palette.secondary} delay={8} />
    ) : null}
    {text.subhead ? <Subhead text={text.subhead} delay={14} maxLines={3} /> : null}
    <CTAButton text={cta} from={palette.primary} to={palette.accent} delay={18} />
    {domain.trim() ? <DomainBadge domain={domain} color={palette.secondary} delay={26} /> : null}
  </CenterScene>
);
