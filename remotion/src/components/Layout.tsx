import React, { useLayoutEffect, useRef, useState } from 'react';
import { AbsoluteFill, useVideoConfig } from 'remotion';
import { F, C } from '../theme';

export type Orientation = 'portrait' | 'landscape' | 'square';

export interface SafeInsets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FrameLayout {
  width: number;
  height: number;
  /** One design pixel: min(width, height) / 1080. Multiply every size by it. */
  unit: number;
  orientation: Orientation;
  /** Pixels to keep clear on each side (platform UI in 9:16, title-safe 5% elsewhere). */
  safe: SafeInsets;
  /** Width left for content between the safe insets. */
  contentWidth: number;
  /** Height left for content between the safe insets. */
  contentHeight: number;
}

/** Orientation of a frame: 9:16 and other tall frames are portrait, near-square frames are square. */
export const orientationOf = (width: number, height: number): Orientation => {
  const ratio = width / height;
  if (ratio < 0.9) return 'portrait';
  if (ratio > 1.1) return 'landscape';
  return 'square';
};

/**
 * The safe area of a frame. Portrait (9:16) keeps out of the top 14% and bottom 22% where TikTok, Reels
 * and Shorts draw their UI, with 6% at the sides; landscape and square keep title-safe 5% margins.
 */
export const safeInsets = (width: number, height: number): SafeInsets => {
  if (orientationOf(width, height) === 'portrait') {
    return { top: height * 0.14, bottom: height * 0.22, left: width * 0.06, right: width * 0.06 };
  }
  return { top: height * 0.05, bottom: height * 0.05, left: width * 0.05, right: width * 0.05 };
};

/** Size, scale unit, orientation and safe area of the current composition. */
export const useLayout = (): FrameLayout => {
  const { width, height } = useVideoConfig();
  const safe = safeInsets(width, height);
  return {
    width,
    height,
    unit: Math.min(width, height) / 1080,
    orientation: orientationOf(width, height),
    safe,
    contentWidth: width - safe.left - safe.right,
    contentHeight: height - safe.top - safe.bottom,
  };
};

export interface CenterSceneProps {
  /** The scene's content, stacked vertically and centred. */
  children?: React.ReactNode;
  /** Space between children in design pixels (scaled by the frame unit). Default 32. */
  gap?: number;
  /** Vertical placement of the stack inside the safe area. Default 'center'. */
  justify?: 'start' | 'center' | 'end' | 'space-between';
  /** Horizontal alignment of children. Default 'center'. */
  align?: 'start' | 'center' | 'end' | 'stretch';
  /** Text alignment inherited by children. Default 'center'. */
  textAlign?: 'left' | 'center' | 'right';
  /** Maximum content width as a fraction of the safe content width (0..1). Default 1. */
  maxWidth?: number;
  /** Extra styles for the inner stack. */
  style?: React.CSSProperties;
}

const flexValue = { start: 'flex-start', center: 'center', end: 'flex-end' } as const;

/**
 * A full-frame scene container: centres its children in a column inside the safe area of the frame
 * (9:16 keeps clear of the platform UI, 16:9 and 1:1 keep 5% title-safe margins). Content taller than the
 * safe area is scaled down to fit, so long text or many items never spill out of the frame. Font: the brand font.
 */
export const CenterScene: React.FC<CenterSceneProps> = ({
  children,
  gap = 32,
  justify = 'center',
  align = 'center',
  textAlign = 'center',
  maxWidth = 1,
  style,
}) => {
  const { unit, safe, contentWidth, contentHeight } = useLayout();
  const stackRef = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState(1);
  // offsetHeight ignores transforms, so entrance animations and this scale do not feed back into the measure.
  // The scale depends only on this frame's layout, never on the frames seen before it: a render that starts
  // mid-video paints the same frame as one that started at 0.
  useLayoutEffect(() => {
    const natural = stackRef.current?.offsetHeight ?? 0;
    setFit(natural > contentHeight ? contentHeight / natural : 1);
  });
  return (
    <AbsoluteFill
      style={{
        paddingTop: safe.top,
        paddingBottom: safe.bottom,
        paddingLeft: safe.left,
        paddingRight: safe.right,
        alignItems: 'center',
        justifyContent: 'center',
        fontFamily: F,
        color: C.text,
      }}
    >
      <div
        ref={stackRef}
        style={{
          width: '100%',
          maxWidth: contentWidth * maxWidth,
          minHeight: '100%',
          boxSizing: 'border-box',
          flexShrink: 0,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: justify === 'space-between' ? 'space-between' : flexValue[justify],
          alignItems: align === 'stretch' ? 'stretch' : flexValue[align],
          textAlign,
          gap: gap * unit,
          minWidth: 0,
          transform: fit < 1 ? `scale(${fit})` : undefined,
          ...style,
        }}
      >
        {children}
      </div>
    </AbsoluteFill>
  );
};

export interface CardGridProps {
  /** The cards. */
  children?: React.ReactNode;
  /** Number of columns. Default: picked from the orientation and the number of children (1 in 9:16 up to six cards, up to 3-4 in 16:9). */
  columns?: number;
  /** Space between cards in design pixels. Default 24. */
  gap?: number;
  /** Extra styles for the grid. */
  style?: React.CSSProperties;
}

/** Columns that suit the frame: tall frames stack, wide frames spread out. */
export const autoColumns = (count: number, orientation: Orientation): number => {
  if (count <= 1) return 1;
  if (orientation === 'portrait') return count >= 7 ? 2 : 1;
  if (orientation === 'square') return count >= 5 ? 2 : 1;
  if (count === 4) return 2;
  return Math.min(count, count > 6 ? 4 : 3);
};

/** A responsive grid of equal-width cards that stacks in 9:16 and spreads out in 16:9; a short last row is centred. */
export const CardGrid: React.FC<CardGridProps> = ({ children, columns, gap = 24, style }) => {
  const { unit, orientation } = useLayout();
  const items = React.Children.toArray(children);
  const cols = Math.max(1, Math.round(columns ?? autoColumns(items.length, orientation)));
  const space = gap * unit;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'center', gap: space, width: '100%', ...style }}>
      {items.map((child, i) => (
        <div key={i} style={{ display: 'grid', minWidth: 0, width: `calc((100% - ${space * (cols - 1)}px) / ${cols})` }}>
          {child}
        </div>
      ))}
    </div>
  );
};
