import React from 'react';
import { interpolate } from 'remotion';
import { C, F } from '../theme';
import { useEntrance } from './Animations';
import { gradient, legibleOn, withAlpha } from './color';
import { useLayout } from './Layout';
import { fitFontSize } from './text';

const EMOJI_RUN = /(\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*)/u;

const gradientFill = (from: string, to: string, angle: number): React.CSSProperties => ({
  backgroundImage: gradient(from, to, angle),
  WebkitBackgroundClip: 'text',
  backgroundClip: 'text',
  WebkitTextFillColor: 'transparent',
  color: 'transparent',
});

export interface GradientTextProps {
  /** The text to fill with the gradient. Emoji inside it keep their own colours. */
  children: string;
  /** Gradient start colour. Default C.primary. */
  from?: string;
  /** Gradient end colour. Default C.secondary. */
  to?: string;
  /** Gradient angle in degrees. Default 135. */
  angle?: number;
  /** Extra styles (font size, weight...) for the span. */
  style?: React.CSSProperties;
}

/** Inline text with a colour gradient fill; place it inside a Headline or any text. */
export const GradientText: React.FC<GradientTextProps> = ({
  children,
  from = C.primary,
  to = C.secondary,
  angle = 135,
  style,
}) => (
  <span style={style}>
    {children.split(EMOJI_RUN).map((part, i) =>
      part === '' ? null : i % 2 === 1 ? (
        <span key={i}>{part}</span>
      ) : (
        <span key={i} style={gradientFill(from, to, angle)}>
          {part}
        </span>
      ),
    )}
  </span>
);

export interface SectionLabelProps {
  /** Short label, shown uppercase (e.g. "MODULE 3", "THE PROBLEM"). */
  text: string;
  /** Accent colour of the dot, border and text (the text lightened if needed to stay readable). Default C.primary. */
  color?: string;
  /** Font size in design pixels. Default 28. */
  size?: number;
  /** Frames to wait before fading in. Default 0. */
  delay?: number;
}

/** A small uppercase pill on dark glass with a glowing dot: names the section above a headline. One line; very long text ends in an ellipsis. */
export const SectionLabel: React.FC<SectionLabelProps> = ({ text, color = C.primary, size = 28, delay = 0 }) => {
  const { unit, contentWidth } = useLayout();
  const progress = useEntrance({ delay });
  const fontSize = fitFontSize(text.toUpperCase(), {
    maxWidth: contentWidth * 0.8,
    maxFontSize: size * unit,
    minFontSize: size * 0.6 * unit,
    maxLines: 1,
    emPerChar: 0.72,
  });
  return (
    <div
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: fontSize * 0.6,
        padding: `${fontSize * 0.45}px ${fontSize * 0.9}px`,
        borderRadius: 999,
        border: `${Math.max(1, 2 * unit)}px solid ${withAlpha(color, 0.35)}`,
        background: `linear-gradient(${withAlpha(color, 0.12)}, ${withAlpha(color, 0.12)}), ${withAlpha(C.background, 0.8)}`,
        color: legibleOn(color),
        fontFamily: F,
        fontWeight: 700,
        fontSize,
        letterSpacing: '0.16em',
        textTransform: 'uppercase',
        maxWidth: contentWidth,
        boxSizing: 'border-box',
        opacity: progress,
        transform: `translateY(${(1 - progress) * 20 * unit}px)`,
      }}
    >
      <span
        style={{
          width: fontSize * 0.42,
          height: fontSize * 0.42,
          borderRadius: '50%',
          flexShrink: 0,
          background: color,
          boxShadow: `0 0 ${fontSize * 0.6}px ${color}`,
        }}
      />
      <span style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{text}</span>
    </div>
  );
};

export interface HeadlineProps {
  /** The headline. Long text wraps and shrinks to fit `maxLines`. */
  text: string;
  /** A word or phrase inside `text` to fill with the gradient (case-insensitive). */
  highlight?: string;
  /** Largest font size in design pixels; shorter text uses it, longer text shrinks. Default 96. */
  size?: number;
  /** Lines the headline may take before it shrinks. Default 3. */
  maxLines?: number;
  /** Width of the text box as a fraction of the safe content width. Default 1. */
  width?: number;
  /** Text colour. Default C.text. */
  color?: string;
  /** Gradient start for the highlight. Default C.primary. */
  from?: string;
  /** Gradient end for the highlight. Default C.secondary. */
  to?: string;
  /** Entrance: words rise one after another, the whole line fades up, or no animation. Default 'words'. */
  reveal?: 'words' | 'fade' | 'none';
  /** Frames to wait before the entrance. Default 0. */
  delay?: number;
  /** Frames between words for reveal='words'. Default 3. */
  stagger?: number;
  /** Font weight. Default 800. */
  weight?: number;
  /** Text alignment. Default 'center'. */
  align?: 'left' | 'center' | 'right';
}

const highlightRange = (text: string, highlight: string | undefined): [number, number] | null => {
  if (!highlight?.trim()) return null;
  const start = text.toLowerCase().indexOf(highlight.trim().toLowerCase());
  return start < 0 ? null : [start, start + highlight.trim().length];
};

/** The big statement of a scene: bold, tight, auto-fitted, with an optional gradient phrase and word-by-word reveal. */
export const Headline: React.FC<HeadlineProps> = ({
  text,
  highlight,
  size = 96,
  maxLines = 3,
  width = 1,
  color = C.text,
  from = C.primary,
  to = C.secondary,
  reveal = 'words',
  delay = 0,
  stagger = 3,
  weight = 800,
  align = 'center',
}) => {
  const { unit, contentWidth } = useLayout();
  const maxWidth = contentWidth * width;
  const fontSize = fitFontSize(text, { maxWidth, maxFontSize: size * unit, minFontSize: 34 * unit, maxLines });
  const whole = useEntrance({ delay });
  const range = highlightRange(text, highlight);
  let offset = 0;
  const words = text.split(/(\s+)/).map((token) => {
    const start = offset;
    offset += token.length;
    return { token, start, end: offset };
  });
  const wordCount = words.filter(({ token }) => !/^\s*$/.test(token)).length;
  // Long headlines reveal faster so the last word lands within about a second.
  const step = Math.min(stagger, 24 / Math.max(1, wordCount));
  let wordIndex = 0;
  return (
    <div
      style={{
        fontFamily: F,
        fontWeight: weight,
        fontSize,
        lineHeight: 1.08,
        letterSpacing: '-0.025em',
        color,
        textAlign: align,
        maxWidth,
        overflowWrap: 'anywhere',
        textWrap: 'balance',
        opacity: reveal === 'fade' ? whole : 1,
        transform: reveal === 'fade' ? `translateY(${(1 - whole) * 40 * unit}px)` : undefined,
      }}
    >
      {words.map(({ token, start, end }, i) => {
        if (/^\s*$/.test(token)) return token;
        const index = wordIndex++;
        const highlighted = range !== null && start < range[1] && end > range[0];
        const content = highlighted ? (
          <GradientText from={from} to={to}>
            {token}
          </GradientText>
        ) : (
          token
        );
        if (reveal !== 'words') return <span key={i}>{content}</span>;
        return (
          <WordRise key={i} delay={delay + index * step}>
            {content}
          </WordRise>
        );
      })}
    </div>
  );
};

const WordRise: React.FC<{ children: React.ReactNode; delay: number }> = ({ children, delay }) => {
  const progress = useEntrance({ delay, damping: 18 });
  const { unit } = useLayout();
  return (
    <span
      style={{
        display: 'inline-block',
        opacity: interpolate(progress, [0, 0.5], [0, 1], { extrapolateRight: 'clamp' }),
        transform: `translateY(${(1 - progress) * 0.5}em) scale(${0.92 + 0.08 * progress})`,
        filter: progress < 0.98 ? `blur(${(1 - progress) * 8 * unit}px)` : undefined,
      }}
    >
      {children}
    </span>
  );
};

export interface SubheadProps {
  /** Supporting sentence under a headline. Long text wraps and shrinks to fit `maxLines`. */
  text: string;
  /** Largest font size in design pixels. Default 44. */
  size?: number;
  /** Lines it may take before it shrinks. Default 4. */
  maxLines?: number;
  /** Width as a fraction of the safe content width. Default 0.92. */
  width?: number;
  /** Text colour. Default C.textMuted. */
  color?: string;
  /** Frames to wait before fading up. Default 8. */
  delay?: number;
  /** Text alignment. Default 'center'. */
  align?: 'left' | 'center' | 'right';
}

/** A readable supporting line in muted colour that fades up after the headline. */
export const Subhead: React.FC<SubheadProps> = ({
  text,
  size = 44,
  maxLines = 4,
  width = 0.92,
  color = C.textMuted,
  delay = 8,
  align = 'center',
}) => {
  const { unit, contentWidth } = useLayout();
  const maxWidth = contentWidth * width;
  const fontSize = fitFontSize(text, {
    maxWidth,
    maxFontSize: size * unit,
    minFontSize: 26 * unit,
    maxLines,
    emPerChar: 0.5,
  });
  const progress = useEntrance({ delay });
  return (
    <div
      style={{
        fontFamily: F,
        fontWeight: 500,
        fontSize,
        lineHeight: 1.35,
        color,
        textAlign: align,
        maxWidth,
        overflowWrap: 'anywhere',
        textWrap: 'pretty',
        opacity: progress,
        transform: `translateY(${(1 - progress) * 24 * unit}px)`,
      }}
    >
      {text}
    </div>
  );
};
