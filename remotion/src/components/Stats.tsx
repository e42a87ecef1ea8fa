import React from 'react';
import { Easing, interpolate, useCurrentFrame } from 'remotion';
import { C, F } from '../theme';
import { useEntrance } from './Animations';
import { GlassCard } from './Cards';
import { withAlpha } from './color';
import { useLayout } from './Layout';
import { GradientText } from './Typography';
import { fitFontSize } from './text';

export interface ParsedStat {
  prefix: string;
  number: number | null;
  decimals: number;
  grouped: boolean;
  suffix: string;
}

/** Splits a display value like "$49", "10K+", "4.9★" or "1,200" into prefix, number and suffix. */
export const parseStatValue = (value: string | number): ParsedStat => {
  const text = String(value);
  const match = /^(\D*?)(\d[\d,]*(?:\.\d+)?)([\s\S]*)$/u.exec(text);
  if (!match) return { prefix: text, number: null, decimals: 0, grouped: false, suffix: '' };
  const [, prefix, digits, suffix] = match;
  const plain = digits.replace(/,/g, '');
  return {
    prefix,
    number: Number(plain),
    decimals: plain.includes('.') ? plain.split('.')[1].length : 0,
    grouped: digits.includes(','),
    suffix,
  };
};

const formatNumber = (n: number, decimals: number, grouped: boolean): string => {
  const fixed = n.toFixed(decimals);
  if (!grouped) return fixed;
  const [whole, fraction] = fixed.split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
};

/** The text of `value` as it counts up: `progress` 0..1 scales its number, prefix and suffix stay. */
export const countedValue = (value: string | number, progress: number): string => {
  const parsed = parseStatValue(value);
  if (parsed.number === null) return String(value);
  return `${parsed.prefix}${formatNumber(parsed.number * progress, parsed.decimals, parsed.grouped)}${parsed.suffix}`;
};

const useCount = (delay: number, durationInFrames: number): number => {
  const frame = useCurrentFrame();
  return interpolate(frame - delay, [0, Math.max(1, durationInFrames)], [0, 1], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
    easing: Easing.out(Easing.cubic),
  });
};

export interface StatCounterProps {
  /** Display value, e.g. "10K+", "$49", "4.9★", "1,200", 37. Its number counts up; prefix and suffix stay. */
  value: string | number;
  /** Frames to wait before counting. Default 0. */
  delay?: number;
  /** Frames the count takes. Default 45. */
  durationInFrames?: number;
  /** Font size in design pixels. Default 96. */
  size?: number;
  /** Text colour; ignored when `gradientTo` is set. Default C.text. */
  color?: string;
  /** Fill the number with a gradient from `color` to this colour. */
  gradientTo?: string;
}

/** Inline number that counts up from zero to its value, keeping symbols like $, K+ or ★. */
export const StatCounter: React.FC<StatCounterProps> = ({ value, delay = 0, durationInFrames = 45, size = 96, color = C.text, gradientTo }) => {
  const { unit } = useLayout();
  const text = countedValue(value, useCount(delay, durationInFrames));
  const style: React.CSSProperties = {
    fontFamily: F,
    fontSize: size * unit,
    fontWeight: 800,
    letterSpacing: '-0.03em',
    lineHeight: 1,
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
  };
  return gradientTo ? (
    <GradientText from={color} to={gradientTo} style={style}>
      {text}
    </GradientText>
  ) : (
    <span style={{ ...style, color }}>{text}</span>
  );
};

export interface StatBlockProps {
  /** Display value, e.g. "2,400+"; its number counts up. */
  value: string | number;
  /** What the number means, e.g. "producers enrolled"; clamped to two lines. */
  label: string;
  /** Accent colour of the number gradient and border. Default C.primary. */
  color?: string;
  /** Second colour of the number gradient. Default C.secondary. */
  colorTo?: string;
  /** Frames to wait before the block rises in and counts. Default 0. */
  delay?: number;
}

/** A glass card with a counting gradient number over its label: use several in a CardGrid. */
export const StatBlock: React.FC<StatBlockProps> = ({ value, label, color = C.primary, colorTo = C.secondary, delay = 0 }) => {
  const { unit } = useLayout();
  const shown = String(value);
  const size = Math.min(92, Math.max(48, 92 * (6 / Math.max(6, shown.length))));
  return (
    <GlassCard color={color} delay={delay} padding={36}>
      <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 14 * unit, textAlign: 'center' }}>
        <StatCounter value={value} delay={delay + 4} size={size} color={color} gradientTo={colorTo} />
        <div
          style={{
            fontSize: 28 * unit,
            fontWeight: 600,
            color: C.textMuted,
            textTransform: 'uppercase',
            letterSpacing: '0.08em',
            lineHeight: 1.3,
            display: '-webkit-box',
            WebkitLineClamp: 2,
            WebkitBoxOrient: 'vertical',
            overflow: 'hidden',
            overflowWrap: 'anywhere',
          }}
        >
          {label}
        </div>
      </div>
    </GlassCard>
  );
};

export interface StatBigProps {
  /** The hero number, e.g. "12,000+"; it counts up and is sized to fill the frame width. */
  value: string | number;
  /** What it means, under the number. */
  label: string;
  /** Gradient start colour. Default C.primary. */
  color?: string;
  /** Gradient end colour. Default C.secondary. */
  colorTo?: string;
  /** Frames to wait before counting. Default 0. */
  delay?: number;
  /** Frames the count takes. Default 50. */
  durationInFrames?: number;
}

/** One huge glowing counting number with a label and a ring that draws around it: a whole proof scene. */
export const StatBig: React.FC<StatBigProps> = ({ value, label, color = C.primary, colorTo = C.secondary, delay = 0, durationInFrames = 50 }) => {
  const { unit, contentWidth, contentHeight } = useLayout();
  const count = useCount(delay, durationInFrames);
  const entrance = useEntrance({ delay, damping: 14 });
  const shown = String(value);
  const ring = Math.min(contentWidth * 0.95, contentHeight * 0.72, 760 * unit);
  const fontSize = fitFontSize(shown, {
    maxWidth: Math.min(contentWidth * 0.9, ring * 0.88),
    maxFontSize: 280 * unit,
    minFontSize: 90 * unit,
    maxLines: 1,
    emPerChar: 0.62,
  });
  const circumference = Math.PI * 96;
  return (
    <div
      style={{
        position: 'relative',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        gap: 18 * unit,
        fontFamily: F,
        minHeight: ring * 0.8,
        transform: `scale(${0.85 + 0.15 * entrance})`,
        opacity: Math.min(1, entrance * 1.5),
      }}
    >
      <svg
        width={ring}
        height={ring}
        viewBox="0 0 100 100"
        style={{ position: 'absolute', left: '50%', top: '50%', transform: 'translate(-50%, -50%) rotate(-90deg)' }}
      >
        <circle cx={50} cy={50} r={48} fill="none" stroke={withAlpha(color, 0.12)} strokeWidth={0.8} />
        <circle
          cx={50}
          cy={50}
          r={48}
          fill="none"
          stroke={color}
          strokeWidth={0.8}
          strokeLinecap="round"
          strokeDasharray={`${circumference * count} ${circumference}`}
          style={{ filter: `drop-shadow(0 0 1.5px ${color})` }}
        />
      </svg>
      <div style={{ position: 'relative', filter: `drop-shadow(0 0 ${40 * unit}px ${withAlpha(color, 0.55)})` }}>
        <GradientText
          from={color}
          to={colorTo}
          style={{ fontSize, fontWeight: 900, letterSpacing: '-0.04em', lineHeight: 1, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
        >
          {countedValue(value, count)}
        </GradientText>
      </div>
      <div
        style={{
          position: 'relative',
          maxWidth: ring * 0.8,
          fontSize: 40 * unit,
          fontWeight: 600,
          color: C.textMuted,
          textAlign: 'center',
          lineHeight: 1.3,
          overflowWrap: 'anywhere',
        }}
      >
        {label}
      </div>
    </div>
  );
};
