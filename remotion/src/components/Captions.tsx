import React from 'react';
import { AbsoluteFill, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { C, F } from '../theme';
import type { WordTiming } from '../types';
import { withAlpha } from './color';
import { useLayout } from './Layout';
import { fitFontSize } from './text';

export interface CaptionPage {
  words: WordTiming[];
  start: number;
  end: number;
}

const SENTENCE_END = /[.!?…。！？]["')\]]*$/u;

/** Groups word timings into short caption pages: a new page after `maxWords`, `maxChars`, a pause or a sentence end. */
export const paginateWords = (words: WordTiming[], maxWords = 4, maxChars = 26, pauseSeconds = 0.7): CaptionPage[] => {
  const pages: CaptionPage[] = [];
  let current: WordTiming[] = [];
  const flush = () => {
    if (current.length > 0) {
      pages.push({ words: current, start: current[0].start, end: current[current.length - 1].end });
      current = [];
    }
  };
  const sorted = words.filter((w) => w.word.trim() !== '').sort((a, b) => a.start - b.start);
  for (const word of sorted) {
    const previous = current[current.length - 1];
    const chars = current.reduce((n, w) => n + w.word.length + 1, 0) + word.word.length;
    if (
      previous &&
      (current.length >= maxWords ||
        chars > maxChars ||
        word.start - previous.end > pauseSeconds ||
        SENTENCE_END.test(previous.word.trim()))
    ) {
      flush();
    }
    current.push(word);
  }
  flush();
  return pages;
};

export interface CaptionOverlayProps {
  /** Word timings in seconds from the start of the video (place the overlay at the top level, not inside a Sequence). */
  words?: WordTiming[];
  /** Most words on screen at once. Default 4. */
  maxWordsPerPage?: number;
  /** Most characters on screen at once. Default 26. */
  maxCharsPerPage?: number;
  /** Colour of the words. Default C.text. */
  color?: string;
  /** Colour behind (style 'box') or of (style 'color') the word being spoken. Default C.primary. */
  highlightColor?: string;
  /** Highlight the current word with a coloured box behind it, or by colouring the word. Default 'box'. */
  highlightStyle?: 'box' | 'color';
  /** Font size in design pixels; long pages shrink to fit two lines. Default 68. */
  size?: number;
  /** Where the captions sit inside the safe area. Default 'lower'. */
  position?: 'lower' | 'center' | 'upper';
  /** Show the words in capitals. Default true. */
  uppercase?: boolean;
  /** Seconds a page stays after its last word if no page follows at once. Default 0.6. */
  holdSeconds?: number;
}

/**
 * TikTok-style burned-in captions from voice-over word timings: a few words at a time, the spoken word
 * highlighted, bold outlined text kept inside the platform safe area. Renders nothing without word timings.
 */
export const CaptionOverlay: React.FC<CaptionOverlayProps> = ({
  words,
  maxWordsPerPage = 4,
  maxCharsPerPage = 26,
  color = C.text,
  highlightColor = C.primary,
  highlightStyle = 'box',
  size = 68,
  position = 'lower',
  uppercase = true,
  holdSeconds = 0.6,
}) => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const { unit, safe, contentWidth } = useLayout();
  if (!words || words.length === 0) return null;
  const pages = paginateWords(words, maxWordsPerPage, maxCharsPerPage);
  const now = frame / fps;
  const index = pages.findIndex((page, i) => {
    const next = pages[i + 1];
    const until = Math.min(page.end + holdSeconds, next ? next.start : Infinity);
    return now >= page.start && now < until;
  });
  if (index < 0) return null;
  const page = pages[index];
  const text = page.words.map((w) => w.word).join(' ');
  const fontSize = fitFontSize(uppercase ? text.toUpperCase() : text, {
    maxWidth: contentWidth * 0.92,
    maxFontSize: size * unit,
    minFontSize: 34 * unit,
    maxLines: 2,
    emPerChar: 0.66,
  });
  const pop = spring({ frame: frame - Math.round(page.start * fps), fps, config: { damping: 14 }, durationInFrames: 8 });
  const justify = { lower: 'flex-end', center: 'center', upper: 'flex-start' }[position];
  const outline = Math.max(2, fontSize * 0.09);
  return (
    <AbsoluteFill
      style={{
        paddingTop: safe.top,
        paddingBottom: safe.bottom + 24 * unit,
        paddingLeft: safe.left,
        paddingRight: safe.right,
        justifyContent: justify,
        alignItems: 'center',
        pointerEvents: 'none',
      }}
    >
      <div
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          justifyContent: 'center',
          columnGap: fontSize * 0.28,
          rowGap: fontSize * 0.1,
          maxWidth: contentWidth,
          fontFamily: F,
          fontSize,
          fontWeight: 900,
          lineHeight: 1.15,
          textTransform: uppercase ? 'uppercase' : 'none',
          textAlign: 'center',
          transform: `scale(${0.85 + 0.15 * pop})`,
          opacity: Math.min(1, pop * 2),
        }}
      >
        {page.words.map((w, i) => {
          const active = now >= w.start && (now < w.end || i === page.words.length - 1 || now < page.words[i + 1].start);
          const spoken = now >= w.start;
          const boxed = active && highlightStyle === 'box';
          return (
            <span
              key={`${w.start}-${i}`}
              style={{
                position: 'relative',
                padding: `0 ${fontSize * 0.14}px`,
                borderRadius: fontSize * 0.16,
                background: boxed ? highlightColor : 'transparent',
                boxShadow: boxed ? `0 0 ${fontSize * 0.5}px ${withAlpha(highlightColor, 0.6)}` : undefined,
                color: active && highlightStyle === 'color' ? highlightColor : color,
                opacity: spoken ? 1 : 0.75,
                WebkitTextStroke: boxed ? undefined : `${outline}px rgba(0,0,0,0.9)`,
                paintOrder: 'stroke fill',
                textShadow: `0 ${fontSize * 0.06}px ${fontSize * 0.2}px rgba(0,0,0,0.7)`,
                transform: active ? 'scale(1.08)' : undefined,
                overflowWrap: 'anywhere',
              }}
            >
              {w.word}
            </span>
          );
        })}
      </div>
    </AbsoluteFill>
  );
};
