import React from 'react';
import { interpolate, useCurrentFrame } from 'remotion';
import { C, F } from '../theme';
import { useEntrance, usePulse } from './Animations';
import { gradient, textOnFill, underText, withAlpha } from './color';
import { Icon } from './Icons';
import { useLayout } from './Layout';
import { fitFontSize } from './text';

/** A price for display: "$49", "€19.99", "Free" for 0; unknown currency codes fall back to "XYZ 49". */
export const formatPrice = (price: number, currency = 'USD'): string => {
  if (price === 0) return 'Free';
  const fraction = Number.isInteger(price) ? 0 : 2;
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: currency.trim().toUpperCase() || 'USD',
      minimumFractionDigits: fraction,
      maximumFractionDigits: fraction,
    }).format(price);
  } catch {
    return `${currency} ${price.toFixed(fraction)}`;
  }
};

export interface CTAButtonProps {
  /** Button text, e.g. "Enroll now", "Get the pack". Long text shrinks to fit. */
  text: string;
  /** Gradient start colour. Default C.primary. */
  from?: string;
  /** Gradient end colour. Default C.accent. */
  to?: string;
  /** Icon after the text: a library icon name or emoji; empty string for none. Default "arrow". */
  icon?: string;
  /** Breathe (scale and glow) and sweep a shine across the button. Default true. */
  pulse?: boolean;
  /** Font size in design pixels. Default 46. */
  size?: number;
  /** Frames to wait before it pops in. Default 0. */
  delay?: number;
}

/** The call-to-action pill: animated gradient, pulsing glow and a shine sweep; white or dark text, whichever reads on the gradient. */
export const CTAButton: React.FC<CTAButtonProps> = ({ text, from = C.primary, to = C.accent, icon = 'arrow', pulse = true, size = 46, delay = 0 }) => {
  const frame = useCurrentFrame();
  const { unit, contentWidth } = useLayout();
  const entrance = useEntrance({ delay, damping: 12 });
  const breathing = usePulse(30, delay);
  const beat = pulse ? breathing : 0;
  const fontSize = fitFontSize(text, {
    maxWidth: contentWidth * 0.78,
    maxFontSize: size * unit,
    minFontSize: 26 * unit,
    maxLines: 2,
  });
  const shine = pulse ? ((frame - delay) % 75) / 75 : -1;
  const ink = textOnFill([from, to]);
  return (
    <div
      style={{
        position: 'relative',
        overflow: 'hidden',
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        gap: fontSize * 0.5,
        maxWidth: contentWidth,
        padding: `${fontSize * 0.62}px ${fontSize * 1.3}px`,
        borderRadius: 999,
        backgroundImage: underText(`linear-gradient(110deg, ${from}, ${to}, ${from})`, ink.scrim),
        backgroundSize: '200% 100%',
        backgroundPosition: `${(frame * 1.2) % 200}% 0%`,
        boxShadow: `0 0 ${(40 + 40 * beat) * unit}px ${withAlpha(from, 0.45 + 0.25 * beat)}, 0 ${12 * unit}px ${40 * unit}px rgba(0,0,0,0.4)`,
        fontFamily: F,
        fontSize,
        fontWeight: 800,
        color: ink.color,
        letterSpacing: '-0.01em',
        lineHeight: 1.15,
        textAlign: 'center',
        overflowWrap: 'anywhere',
        opacity: Math.min(1, entrance * 1.5),
        transform: `scale(${(0.7 + 0.3 * entrance) * (1 + 0.035 * beat)})`,
      }}
    >
      {shine >= 0 ? (
        <div
          style={{
            position: 'absolute',
            top: 0,
            bottom: 0,
            width: '30%',
            left: `${interpolate(shine, [0, 0.5, 1], [-40, 120, 120])}%`,
            background: 'linear-gradient(100deg, transparent, rgba(255,255,255,0.35), transparent)',
          }}
        />
      ) : null}
      <span style={{ position: 'relative' }}>{text}</span>
      {icon ? (
        <span style={{ position: 'relative', display: 'flex', transform: `translateX(${beat * 6 * unit}px)` }}>
          <Icon name={icon} size={(fontSize / unit) * 1.05} color={ink.color} strokeWidth={2.6} />
        </span>
      ) : null}
    </div>
  );
};

export interface LogoIconProps {
  /** Size in design pixels. Default 120. */
  size?: number;
  /** Gradient start colour. Default C.primary. */
  from?: string;
  /** Gradient end colour. Default C.accent. */
  to?: string;
  /** Gently pulse the glow. Default true. */
  glow?: boolean;
}

/** The Pause Play Repeat mark: a white play triangle in a glowing gradient rounded square. */
export const LogoIcon: React.FC<LogoIconProps> = ({ size = 120, from = C.primary, to = C.accent, glow = true }) => {
  const { unit } = useLayout();
  const beat = usePulse(60);
  const px = size * unit;
  return (
    <div
      style={{
        width: px,
        height: px,
        flexShrink: 0,
        borderRadius: px * 0.28,
        background: gradient(from, to),
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        boxShadow: glow ? `0 0 ${px * (0.35 + 0.25 * beat)}px ${withAlpha(from, 0.55)}` : undefined,
      }}
    >
      <svg width={px * 0.5} height={px * 0.5} viewBox="0 0 24 24" style={{ marginLeft: px * 0.05 }}>
        <path d="M6 3.8v16.4c0 .8.9 1.3 1.6.9l13-8.2c.6-.4.6-1.3 0-1.7l-13-8.2C6.9 2.5 6 3 6 3.8z" fill={C.text} />
      </svg>
    </div>
  );
};

export interface LogoLockupProps {
  /** Brand name beside the icon. Default "Pause Play Repeat". */
  name?: string;
  /** Icon size in design pixels; the name scales with it. Default 96. */
  size?: number;
  /** Gradient start colour. Default C.primary. */
  from?: string;
  /** Gradient end colour. Default C.accent. */
  to?: string;
  /** Frames to wait before it pops in. Default 0. */
  delay?: number;
}

/** LogoIcon with the brand name beside it, for intros and end cards. */
export const LogoLockup: React.FC<LogoLockupProps> = ({ name = 'Pause Play Repeat', size = 96, from = C.primary, to = C.accent, delay = 0 }) => {
  const { unit, contentWidth } = useLayout();
  const entrance = useEntrance({ delay, damping: 14 });
  const fontSize = fitFontSize(name, {
    maxWidth: contentWidth - size * unit * 1.3,
    maxFontSize: size * 0.5 * unit,
    minFontSize: 22 * unit,
    maxLines: 2,
  });
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: size * 0.28 * unit,
        maxWidth: contentWidth,
        fontFamily: F,
        opacity: Math.min(1, entrance * 1.5),
        transform: `scale(${0.8 + 0.2 * entrance})`,
      }}
    >
      <LogoIcon size={size} from={from} to={to} />
      <span style={{ fontSize, fontWeight: 800, letterSpacing: '-0.02em', color: C.text, lineHeight: 1.1, textAlign: 'left', overflowWrap: 'anywhere' }}>
        {name}
      </span>
    </div>
  );
};

export interface PriceTagProps {
  /** The price as a number, e.g. 49 or 19.99. */
  price: number;
  /** ISO currency code, e.g. "USD", "EUR". Default "USD". */
  currency?: string;
  /** An old price to show struck through (e.g. the regular price during a sale). */
  compareAt?: number;
  /** Small note under the price, e.g. "one-time payment", "lifetime access". */
  note?: string;
  /** Accent colour of the price gradient. Default C.primary. */
  color?: string;
  /** Second gradient colour. Default C.secondary. */
  colorTo?: string;
  /** Price font size in design pixels. Default 150. */
  size?: number;
  /** Frames to wait before it pops in. Default 0. */
  delay?: number;
}

/** A big glowing price with optional struck-through old price and a note. */
export const PriceTag: React.FC<PriceTagProps> = ({
  price,
  currency = 'USD',
  compareAt,
  note,
  color = C.primary,
  colorTo = C.secondary,
  size = 150,
  delay = 0,
}) => {
  const { unit, contentWidth } = useLayout();
  const entrance = useEntrance({ delay, damping: 12 });
  const label = formatPrice(price, currency);
  const fontSize = fitFontSize(label, { maxWidth: contentWidth * 0.85, maxFontSize: size * unit, minFontSize: 60 * unit, maxLines: 1, emPerChar: 0.62 });
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        gap: 10 * unit,
        fontFamily: F,
        opacity: Math.min(1, entrance * 1.5),
        transform: `scale(${0.75 + 0.25 * entrance})`,
      }}
    >
      {compareAt !== undefined && compareAt > price ? (
        <span style={{ fontSize: fontSize * 0.34, color: C.textDim, textDecoration: 'line-through', fontWeight: 600 }}>
          {formatPrice(compareAt, currency)}
        </span>
      ) : null}
      <span
        style={{
          fontSize,
          fontWeight: 900,
          letterSpacing: '-0.04em',
          lineHeight: 1,
          backgroundImage: gradient(color, colorTo),
          WebkitBackgroundClip: 'text',
          backgroundClip: 'text',
          WebkitTextFillColor: 'transparent',
          filter: `drop-shadow(0 0 ${30 * unit}px ${withAlpha(color, 0.5)})`,
          whiteSpace: 'nowrap',
        }}
      >
        {label}
      </span>
      {note ? (
        <span style={{ fontSize: 30 * unit, color: C.textMuted, fontWeight: 600, letterSpacing: '0.08em', textTransform: 'uppercase', textAlign: 'center' }}>
          {note}
        </span>
      ) : null}
    </div>
  );
};

export interface DomainBadgeProps {
  /** Web address to show, e.g. "pauseplayrepeat.com/saturation". */
  domain: string;
  /** Accent colour. Default C.secondary. */
  color?: string;
  /** Font size in design pixels. Default 34. */
  size?: number;
  /** Frames to wait before fading in. Default 0. */
  delay?: number;
}

/** The store's web address in a subtle glass pill with a globe icon, for end cards. */
export const DomainBadge: React.FC<DomainBadgeProps> = ({ domain, color = C.secondary, size = 34, delay = 0 }) => {
  const { unit, contentWidth } = useLayout();
  const entrance = useEntrance({ delay });
  const fontSize = fitFontSize(domain, { maxWidth: contentWidth * 0.8, maxFontSize: size * unit, minFontSize: 20 * unit, maxLines: 1, emPerChar: 0.52 });
  return (
    <div
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: fontSize * 0.5,
        maxWidth: contentWidth,
        padding: `${fontSize * 0.5}px ${fontSize * 0.9}px`,
        borderRadius: 999,
        background: withAlpha(C.surface, 0.7),
        border: `${Math.max(1, 2 * unit)}px solid ${withAlpha(color, 0.3)}`,
        fontFamily: F,
        fontSize,
        fontWeight: 600,
        color: C.text,
        overflowWrap: 'anywhere',
        opacity: entrance,
        transform: `translateY(${(1 - entrance) * 20 * unit}px)`,
      }}
    >
      <Icon name="globe" size={(fontSize / unit) * 1.1} color={color} />
      <span>{domain}</span>
    </div>
  );
};
