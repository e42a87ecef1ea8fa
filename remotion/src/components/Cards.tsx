import React from 'react';
import { interpolate } from 'remotion';
import { C, F } from '../theme';
import { useEntrance } from './Animations';
import { gradient, legibleOn, textOnFill, underText, withAlpha } from './color';
import { ConnectorLine } from './Connectors';
import { Icon } from './Icons';
import { useLayout } from './Layout';

const clampLines = (lines: number): React.CSSProperties => ({
  display: '-webkit-box',
  WebkitLineClamp: lines,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
  overflowWrap: 'anywhere',
});

export interface GlassCardProps {
  /** Card content. */
  children?: React.ReactNode;
  /** Accent colour: the border is this colour at 20%. Default C.primary. */
  color?: string;
  /** Inner padding in design pixels. Default 36. */
  padding?: number;
  /** Add a soft outer glow in the accent colour (for the card in focus). Default false. */
  glow?: boolean;
  /** Frames to wait before the card rises in. Default 0. */
  delay?: number;
  /** Extra styles for the card. */
  style?: React.CSSProperties;
}

/** The library's dark-glass surface: translucent dark gradient, 20% accent border, soft shadow; springs in. */
export const GlassCard: React.FC<GlassCardProps> = ({ children, color = C.primary, padding = 36, glow = false, delay = 0, style }) => {
  const { unit } = useLayout();
  const progress = useEntrance({ delay });
  return (
    <div
      style={{
        position: 'relative',
        boxSizing: 'border-box',
        minWidth: 0,
        padding: padding * unit,
        borderRadius: 28 * unit,
        background: `linear-gradient(150deg, ${withAlpha(C.surfaceLight, 0.78)}, ${withAlpha(C.surface, 0.7)})`,
        border: `${Math.max(1, 2 * unit)}px solid ${withAlpha(color, 0.2)}`,
        boxShadow: [
          `0 ${24 * unit}px ${60 * unit}px rgba(0, 0, 0, 0.45)`,
          `inset 0 ${1.5 * unit}px 0 rgba(255, 255, 255, 0.06)`,
          glow ? `0 0 ${70 * unit}px ${withAlpha(color, 0.35)}` : '',
        ]
          .filter(Boolean)
          .join(', '),
        fontFamily: F,
        color: C.text,
        opacity: interpolate(progress, [0, 0.5], [0, 1], { extrapolateRight: 'clamp' }),
        transform: `translateY(${(1 - progress) * 50 * unit}px) scale(${0.96 + 0.04 * progress})`,
        ...style,
      }}
    >
      {children}
    </div>
  );
};

export interface IconBadgeProps {
  /** Icon name from the library (e.g. "mail", "bolt") or an emoji. */
  icon: string;
  /** Accent colour of the tile. Default C.primary. */
  color?: string;
  /** Tile size in design pixels. Default 88. */
  size?: number;
}

/** An icon (or emoji) on a rounded tile tinted with the accent colour. */
export const IconBadge: React.FC<IconBadgeProps> = ({ icon, color = C.primary, size = 88 }) => {
  const { unit } = useLayout();
  return (
    <div
      style={{
        width: size * unit,
        height: size * unit,
        flexShrink: 0,
        borderRadius: size * 0.28 * unit,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: `linear-gradient(145deg, ${withAlpha(color, 0.32)}, ${withAlpha(color, 0.08)})`,
        border: `${Math.max(1, 2 * unit)}px solid ${withAlpha(color, 0.4)}`,
        boxShadow: `0 0 ${size * 0.4 * unit}px ${withAlpha(color, 0.3)}`,
      }}
    >
      <Icon name={icon} size={size * 0.5} color={C.text} />
    </div>
  );
};

export interface FeatureCardProps {
  /** Icon name from the library (e.g. "automation", "mail") or an emoji. */
  icon: string;
  /** Feature name; long titles wrap to two lines. */
  title: string;
  /** One-sentence benefit; clamped to three lines. */
  description?: string;
  /** Accent colour. Default C.primary. */
  color?: string;
  /** Frames to wait before the card rises in; stagger lists with delay={i * 6}. Default 0. */
  delay?: number;
  /** Icon beside the text ('row', for stacked lists) or above it ('column', for grids). Default 'row'. */
  layout?: 'row' | 'column';
}

/** A glass card presenting one feature: icon tile, bold title, short muted description. */
export const FeatureCard: React.FC<FeatureCardProps> = ({ icon, title, description, color = C.primary, delay = 0, layout = 'row' }) => {
  const { unit } = useLayout();
  const row = layout === 'row';
  return (
    <GlassCard color={color} delay={delay} padding={row ? 32 : 36}>
      <div
        style={{
          display: 'flex',
          flexDirection: row ? 'row' : 'column',
          alignItems: row ? 'center' : 'flex-start',
          gap: 28 * unit,
          textAlign: 'left',
        }}
      >
        <IconBadge icon={icon} color={color} size={row ? 92 : 84} />
        <div style={{ display: 'flex', flexDirection: 'column', gap: 10 * unit, minWidth: 0, flex: 1 }}>
          <div style={{ fontSize: 42 * unit, fontWeight: 750, lineHeight: 1.15, ...clampLines(2) }}>{title}</div>
          {description ? (
            <div style={{ fontSize: 30 * unit, fontWeight: 500, color: C.textMuted, lineHeight: 1.35, ...clampLines(3) }}>
              {description}
            </div>
          ) : null}
        </div>
      </div>
    </GlassCard>
  );
};

export interface StepCardProps {
  /** Step number shown in the gradient circle (1-based). */
  step: number;
  /** What happens in this step. */
  title: string;
  /** Optional detail; clamped to two lines. */
  description?: string;
  /** Accent colour. Default C.primary. */
  color?: string;
  /** Second gradient colour of the number circle. Default C.secondary. */
  colorTo?: string;
  /** Frames to wait before the card rises in. Default 0. */
  delay?: number;
}

/** A numbered step in a process: gradient number circle (its digits white or dark, whichever reads) beside a title and optional detail. */
export const StepCard: React.FC<StepCardProps> = ({ step, title, description, color = C.primary, colorTo = C.secondary, delay = 0 }) => {
  const { unit } = useLayout();
  const ink = textOnFill([color, colorTo]);
  return (
    <GlassCard color={color} delay={delay} padding={30}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 28 * unit, textAlign: 'left' }}>
        <div
          style={{
            width: 80 * unit,
            height: 80 * unit,
            flexShrink: 0,
            borderRadius: '50%',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            background: underText(gradient(color, colorTo), ink.scrim),
            boxShadow: `0 0 ${36 * unit}px ${withAlpha(color, 0.5)}`,
            color: ink.color,
            fontSize: 38 * unit,
            fontWeight: 800,
          }}
        >
          {step}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8 * unit, minWidth: 0, flex: 1 }}>
          <div style={{ fontSize: 40 * unit, fontWeight: 750, lineHeight: 1.18, ...clampLines(2) }}>{title}</div>
          {description ? (
            <div style={{ fontSize: 28 * unit, color: C.textMuted, lineHeight: 1.35, ...clampLines(2) }}>{description}</div>
          ) : null}
        </div>
      </div>
    </GlassCard>
  );
};

export interface StepRowProps {
  /** When it happens, e.g. "Day 0", "+2h", "0:30". */
  time: string;
  /** Icon name from the library or an emoji. */
  icon: string;
  /** What happens at that time. */
  text: string;
  /** Accent colour. Default C.primary. */
  color?: string;
  /** Second colour for the connector below. Default C.secondary. */
  colorTo?: string;
  /** Draw a connector line below the node to the next row (false on the last row). Default true. */
  connector?: boolean;
  /** Length of that connector in design pixels. Default 56. */
  connectorLength?: number;
  /** Frames to wait before the row slides in. Default 0. */
  delay?: number;
}

/** One row of a vertical timeline: time label, glowing icon node and text, with a connector to the next row. */
export const StepRow: React.FC<StepRowProps> = ({
  time,
  icon,
  text,
  color = C.primary,
  colorTo = C.secondary,
  connector = true,
  connectorLength = 56,
  delay = 0,
}) => {
  const { unit } = useLayout();
  const progress = useEntrance({ delay });
  const node = 84 * unit;
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'stretch',
        width: '100%',
        fontFamily: F,
        color: C.text,
        opacity: interpolate(progress, [0, 0.5], [0, 1], { extrapolateRight: 'clamp' }),
        transform: `translateX(${(1 - progress) * -60 * unit}px)`,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 24 * unit, textAlign: 'left' }}>
        <div
          style={{
            width: 150 * unit,
            flexShrink: 0,
            textAlign: 'right',
            fontSize: 28 * unit,
            fontWeight: 700,
            letterSpacing: '0.06em',
            color: legibleOn(color),
            textTransform: 'uppercase',
            ...clampLines(2),
          }}
        >
          {time}
        </div>
        <div
          style={{
            width: node,
            height: node,
            flexShrink: 0,
            borderRadius: '50%',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            background: `radial-gradient(circle at 35% 30%, ${withAlpha(color, 0.55)}, ${withAlpha(C.surface, 0.9)} 75%)`,
            border: `${Math.max(1, 2 * unit)}px solid ${withAlpha(color, 0.6)}`,
            boxShadow: `0 0 ${30 * unit}px ${withAlpha(color, 0.45)}`,
          }}
        >
          <Icon name={icon} size={40} />
        </div>
        <div style={{ flex: 1, minWidth: 0, fontSize: 38 * unit, fontWeight: 650, lineHeight: 1.25, ...clampLines(2) }}>
          {text}
        </div>
      </div>
      {connector ? (
        <div style={{ paddingLeft: 150 * unit + 24 * unit + node / 2 - 2 * unit, display: 'flex' }}>
          <ConnectorLine length={connectorLength} from={color} to={colorTo} delay={delay + 10} drawFrames={14} />
        </div>
      ) : null}
    </div>
  );
};

export interface ReasonCardProps {
  /** The reason / point, short and bold. */
  title: string;
  /** Optional supporting sentence; clamped to two lines. */
  text?: string;
  /** Marker: a number (pass `index`), a check for benefits, or a cross for pain points. Default 'number'. */
  variant?: 'number' | 'check' | 'cross';
  /** Number shown when variant is 'number' (1-based). Default 1. */
  index?: number;
  /** Accent colour (use C.danger with 'cross' for problems). Default C.primary. */
  color?: string;
  /** Frames to wait before the card rises in. Default 0. */
  delay?: number;
}

/** A compact glass card for one reason, benefit (check) or pain point (cross), with a bold marker. */
export const ReasonCard: React.FC<ReasonCardProps> = ({ title, text, variant = 'number', index = 1, color = C.primary, delay = 0 }) => {
  const { unit } = useLayout();
  const marker =
    variant === 'number' ? (
      <span style={{ fontSize: 44 * unit, fontWeight: 800, color: legibleOn(color) }}>{String(index).padStart(2, '0')}</span>
    ) : (
      <Icon name={variant === 'check' ? 'check' : 'cross'} size={40} color={color} strokeWidth={3} />
    );
  return (
    <GlassCard color={color} delay={delay} padding={30}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 26 * unit, textAlign: 'left' }}>
        <div
          style={{
            minWidth: 76 * unit,
            height: 76 * unit,
            flexShrink: 0,
            borderRadius: 20 * unit,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            background: withAlpha(color, 0.14),
          }}
        >
          {marker}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 6 * unit, minWidth: 0, flex: 1 }}>
          <div style={{ fontSize: 40 * unit, fontWeight: 700, lineHeight: 1.2, ...clampLines(2) }}>{title}</div>
          {text ? (
            <div style={{ fontSize: 27 * unit, color: C.textMuted, lineHeight: 1.35, ...clampLines(2) }}>{text}</div>
          ) : null}
        </div>
      </div>
    </GlassCard>
  );
};

export interface TierCardProps {
  /** Tier or product name, e.g. "Full Course", "Basic Lease". */
  name: string;
  /** Price already formatted for display, e.g. "$49" (see formatPrice). */
  price: string;
  /** Small text after the price, e.g. "one-time", "/month". */
  period?: string;
  /** What is included; shown with checks, up to `maxFeatures`. */
  features?: string[];
  /** Most features to list before "+ N more". Default 5. */
  maxFeatures?: number;
  /** Make this the featured tier: glow, gradient border and badge. Default false. */
  highlighted?: boolean;
  /** Badge text on a highlighted tier, e.g. "Most popular". */
  badge?: string;
  /** Accent colour. Default C.primary. */
  color?: string;
  /** Second gradient colour for the badge. Default C.accent. */
  colorTo?: string;
  /** Frames to wait before the card rises in. Default 0. */
  delay?: number;
}

/** A pricing card: name, big price, checklist of what is included, optional "featured" glow and badge. */
export const TierCard: React.FC<TierCardProps> = ({
  name,
  price,
  period,
  features = [],
  maxFeatures = 5,
  highlighted = false,
  badge,
  color = C.primary,
  colorTo = C.accent,
  delay = 0,
}) => {
  const { unit } = useLayout();
  const shown = features.slice(0, maxFeatures);
  const more = features.length - shown.length;
  const badgeInk = textOnFill([color, colorTo]);
  return (
    <GlassCard
      color={color}
      delay={delay}
      glow={highlighted}
      padding={40}
      style={highlighted ? { border: `${Math.max(2, 3 * unit)}px solid ${withAlpha(color, 0.55)}` } : undefined}
    >
      <div style={{ display: 'flex', flexDirection: 'column', gap: 18 * unit, textAlign: 'left' }}>
        {highlighted && badge ? (
          <div
            style={{
              alignSelf: 'flex-start',
              padding: `${8 * unit}px ${20 * unit}px`,
              borderRadius: 999,
              background: underText(gradient(color, colorTo), badgeInk.scrim),
              color: badgeInk.color,
              fontSize: 24 * unit,
              fontWeight: 800,
              letterSpacing: '0.08em',
              textTransform: 'uppercase',
              maxWidth: '100%',
              ...clampLines(1),
            }}
          >
            {badge}
          </div>
        ) : null}
        <div style={{ fontSize: 36 * unit, fontWeight: 700, color: C.textMuted, ...clampLines(2) }}>{name}</div>
        <div style={{ display: 'flex', alignItems: 'baseline', gap: 12 * unit, flexWrap: 'wrap' }}>
          <span style={{ fontSize: 96 * unit, fontWeight: 800, letterSpacing: '-0.03em', lineHeight: 1 }}>{price}</span>
          {period ? <span style={{ fontSize: 30 * unit, color: C.textMuted }}>{period}</span> : null}
        </div>
        {shown.length > 0 ? (
          <div style={{ height: Math.max(1, 2 * unit), background: withAlpha(color, 0.2), margin: `${6 * unit}px 0` }} />
        ) : null}
        {shown.map((feature, i) => (
          <div key={i} style={{ display: 'flex', alignItems: 'center', gap: 16 * unit }}>
            <Icon name="check" size={34} color={color} strokeWidth={3} />
            <span style={{ fontSize: 30 * unit, lineHeight: 1.3, minWidth: 0, ...clampLines(2) }}>{feature}</span>
          </div>
        ))}
        {more > 0 ? <div style={{ fontSize: 28 * unit, color: C.textMuted }}>+ {more} more</div> : null}
      </div>
    </GlassCard>
  );
};
