import React, { useState } from 'react';
import { AbsoluteFill, Img, interpolate, useCurrentFrame, useVideoConfig } from 'remotion';
import { C } from '../theme';
import type { ColorPalette } from '../types';
import { withAlpha } from './color';
import { useLayout } from './Layout';

const DEFAULT_PALETTE: ColorPalette = {
  primary: C.primary,
  secondary: C.secondary,
  accent: C.accent,
  background: C.background,
};

const paletteOf = (palette?: Partial<ColorPalette>): ColorPalette => ({ ...DEFAULT_PALETTE, ...palette });

/**
 * Frames are painted without a GPU: a layer of its own is painted once and then only moved, scaled or faded,
 * while anything sharing a layer with changing content is painted again on every frame. Background layers move
 * by transform and opacity alone.
 */
const OWN_LAYER: React.CSSProperties = { willChange: 'transform, opacity' };

/** A band across the full width of the frame; its top and height are set where it is used. */
const ACROSS: React.CSSProperties = { position: 'absolute', left: 0, right: 0 };

export interface GlowOrbProps {
  /** Colour of the glow. Default C.primary. */
  color?: string;
  /** Diameter as a fraction of the frame's shorter side. Default 0.8. */
  size?: number;
  /** Horizontal centre as a fraction of the frame width (0 left .. 1 right). Default 0.5. */
  x?: number;
  /** Vertical centre as a fraction of the frame height (0 top .. 1 bottom). Default 0.3. */
  y?: number;
  /** Peak opacity 0..1. Default 0.45. */
  opacity?: number;
  /** How far it floats around its centre, in design pixels. Default 50. */
  drift?: number;
  /** Frames for one full float cycle. Default 240. */
  period?: number;
  /** Offset 0..1 into the float cycle so several orbs move out of step. Default 0. */
  phase?: number;
}

/** A soft, slowly floating radial glow of light behind the content. Layer two or three in different colours. */
export const GlowOrb: React.FC<GlowOrbProps> = ({
  color = C.primary,
  size = 0.8,
  x = 0.5,
  y = 0.3,
  opacity = 0.45,
  drift = 50,
  period = 240,
  phase = 0,
}) => {
  const frame = useCurrentFrame();
  const { width, height, unit } = useLayout();
  const diameter = Math.min(width, height) * size;
  const angle = (frame / period + phase) * Math.PI * 2;
  const dx = Math.sin(angle) * drift * unit;
  const dy = Math.cos(angle * 0.8) * drift * 0.7 * unit;
  const breathe = 0.85 + 0.15 * Math.sin(angle * 1.5);
  return (
    <div
      style={{
        ...OWN_LAYER,
        position: 'absolute',
        left: x * width - diameter / 2,
        top: y * height - diameter / 2,
        width: diameter,
        height: diameter,
        borderRadius: '50%',
        background: `radial-gradient(circle, ${color} 0%, ${withAlpha(color, 0.35)} 35%, transparent 70%)`,
        opacity: opacity * breathe,
        transform: `translate(${dx}px, ${dy}px)`,
        pointerEvents: 'none',
      }}
    />
  );
};

export interface GridPatternProps {
  /** Line colour. Default C.primary. */
  color?: string;
  /** Cell size in design pixels. Default 72. */
  cellSize?: number;
  /** Line opacity 0..1. Default 0.18. */
  opacity?: number;
  /** Scroll speed in design pixels per frame (0 for a still grid). Default 0.4. */
  speed?: number;
  /** 'flat' covers the frame and fades out at the edges; 'floor' is a receding perspective floor in the lower half. Default 'flat'. */
  variant?: 'flat' | 'floor';
}

/** A thin technical grid that slowly scrolls: studio-screen texture behind text. */
export const GridPattern: React.FC<GridPatternProps> = ({
  color = C.primary,
  cellSize = 72,
  opacity = 0.18,
  speed = 0.4,
  variant = 'flat',
}) => {
  const frame = useCurrentFrame();
  const { unit, height } = useLayout();
  const cell = cellSize * unit;
  const line = Math.max(1, 1.5 * unit);
  const shift = (frame * speed * unit) % cell;
  const lines = withAlpha(color, 1);
  // One cell taller than its frame and slid down by the scroll: the lines sit where a scrolled background would.
  const scrolling = (
    <div
      style={{
        ...OWN_LAYER,
        ...ACROSS,
        top: -cell,
        bottom: 0,
        backgroundImage: `linear-gradient(${lines} ${line}px, transparent ${line}px), linear-gradient(90deg, ${lines} ${line}px, transparent ${line}px)`,
        backgroundSize: `${cell}px ${cell}px`,
        transform: `translateY(${shift}px)`,
      }}
    />
  );
  if (variant === 'floor') {
    return (
      <AbsoluteFill style={{ perspective: height * 0.5, overflow: 'hidden', pointerEvents: 'none' }}>
        <div
          style={{
            position: 'absolute',
            left: '-50%',
            right: '-50%',
            top: '55%',
            height: '90%',
            overflow: 'hidden',
            transform: 'rotateX(68deg)',
            transformOrigin: 'top center',
            maskImage: 'linear-gradient(to bottom, transparent 0%, black 30%, black 100%)',
            opacity,
          }}
        >
          {scrolling}
        </div>
      </AbsoluteFill>
    );
  }
  return (
    <AbsoluteFill
      style={{
        overflow: 'hidden',
        maskImage: 'radial-gradient(ellipse at center, black 20%, transparent 75%)',
        opacity,
        pointerEvents: 'none',
      }}
    >
      {scrolling}
    </AbsoluteFill>
  );
};

export interface ScanLineProps {
  /** Colour of the line and its trail. Default C.secondary. */
  color?: string;
  /** Frames for one sweep from top to bottom. Default 150. */
  period?: number;
  /** Line thickness in design pixels. Default 3. */
  thickness?: number;
  /** Opacity 0..1. Default 0.5. */
  opacity?: number;
  /** Frames to offset the sweep (to desynchronise several lines). Default 0. */
  offset?: number;
}

/** A glowing horizontal line that sweeps down the frame with a fading trail, like a scanner. */
export const ScanLine: React.FC<ScanLineProps> = ({
  color = C.secondary,
  period = 150,
  thickness = 3,
  opacity = 0.5,
  offset = 0,
}) => {
  const frame = useCurrentFrame();
  const { height, unit } = useLayout();
  const t = (((frame + offset) % period) + period) % period / period;
  const y = interpolate(t, [0, 1], [-0.1, 1.1]) * height;
  const trail = 180 * unit;
  return (
    <AbsoluteFill style={{ pointerEvents: 'none', opacity }}>
      <div
        style={{
          ...OWN_LAYER,
          ...ACROSS,
          top: 0,
          height: trail + thickness * unit,
          transform: `translateY(${y - trail}px)`,
        }}
      >
        <div
          style={{
            ...ACROSS,
            top: 0,
            height: trail,
            background: `linear-gradient(to bottom, transparent, ${withAlpha(color, 0.18)})`,
          }}
        />
        <div
          style={{
            ...ACROSS,
            top: trail,
            height: thickness * unit,
            background: color,
            boxShadow: `0 0 ${24 * unit}px ${color}, 0 0 ${6 * unit}px ${color}`,
          }}
        />
      </div>
    </AbsoluteFill>
  );
};

export interface VignetteProps {
  /** Darkness at the corners 0..1. Default 0.7. */
  strength?: number;
  /** Colour of the darkening. Default C.background. */
  color?: string;
}

/** Darkens the edges of the frame to focus the eye on the centre. */
export const Vignette: React.FC<VignetteProps> = ({ strength = 0.7, color = C.background }) => (
  <AbsoluteFill
    style={{
      ...OWN_LAYER,
      background: `radial-gradient(ellipse at center, transparent 45%, ${withAlpha(color, strength)} 100%)`,
      pointerEvents: 'none',
    }}
  />
);

export interface PaletteGradientProps {
  /** Colours to use; missing ones fall back to the brand theme. */
  palette?: Partial<ColorPalette>;
  /** Frames per slow colour drift cycle. Default 300. */
  period?: number;
}

interface DriftingLightProps {
  color: string;
  /** Centre in pixels of the frame. */
  x: number;
  y: number;
  /** Where the light has faded out, as a fraction of the distance from its centre to the farthest corner. */
  reach: number;
}

/**
 * The light of `radial-gradient(circle at x y, color, transparent reach)` across the frame, painted once on a
 * layer of its own and then only moved and scaled.
 */
const DriftingLight: React.FC<DriftingLightProps> = ({ color, x, y, reach }) => {
  const { width, height } = useLayout();
  const painted = 0.75 * reach * Math.hypot(width, height);
  const radius = reach * Math.hypot(Math.max(x, width - x), Math.max(y, height - y));
  return (
    <div
      style={{
        ...OWN_LAYER,
        position: 'absolute',
        left: -painted,
        top: -painted,
        width: 2 * painted,
        height: 2 * painted,
        background: `radial-gradient(circle closest-side, ${color} 0%, transparent 100%)`,
        transform: `translate(${x}px, ${y}px) scale(${radius / painted})`,
      }}
    />
  );
};

/** An animated dark gradient built from a palette: background base with drifting primary and secondary light. */
export const PaletteGradient: React.FC<PaletteGradientProps> = ({ palette, period = 300 }) => {
  const frame = useCurrentFrame();
  const { width, height } = useLayout();
  const p = paletteOf(palette);
  const a = (frame / period) * Math.PI * 2;
  const x1 = 25 + Math.sin(a) * 10;
  const y1 = 20 + Math.cos(a) * 8;
  const x2 = 75 + Math.cos(a * 0.7) * 10;
  const y2 = 80 + Math.sin(a * 0.7) * 8;
  return (
    <AbsoluteFill style={{ backgroundColor: p.background, overflow: 'hidden' }}>
      <AbsoluteFill
        style={{
          ...OWN_LAYER,
          backgroundImage: `radial-gradient(circle at 50% 50%, ${withAlpha(p.accent, 0.08)} 0%, transparent 70%)`,
        }}
      />
      <DriftingLight color={withAlpha(p.secondary, 0.35)} x={(x2 / 100) * width} y={(y2 / 100) * height} reach={0.55} />
      <DriftingLight color={withAlpha(p.primary, 0.45)} x={(x1 / 100) * width} y={(y1 / 100) * height} reach={0.55} />
    </AbsoluteFill>
  );
};

export interface CinematicBGProps {
  /** Image to show; null, undefined or an image that fails to load shows the palette gradient instead. */
  imageUrl?: string | null;
  /** Colours for the fallback gradient and the tint; missing ones fall back to the brand theme. */
  palette?: Partial<ColorPalette>;
  /** Scale at the start of the scene. Default 1.05. */
  zoomFrom?: number;
  /** Scale at the end of the scene (greater than zoomFrom pushes in, smaller pulls out). Default 1.2. */
  zoomTo?: number;
  /** Direction the camera drifts while zooming. Default 'none'. */
  pan?: 'none' | 'left' | 'right' | 'up' | 'down';
  /** Dark overlay 0..1 that keeps text readable over the image. Default 0.55. */
  darken?: number;
  /** Tint the image with the palette colours. Default true. */
  tint?: boolean;
  /** Content drawn above the background. */
  children?: React.ReactNode;
}

/**
 * Full-frame cinematic background: a Ken Burns zoom and drift over the scene's image (timed to the enclosing
 * Sequence), darkened and palette-tinted for legible text; falls back to an animated palette gradient.
 */
export const CinematicBG: React.FC<CinematicBGProps> = ({
  imageUrl,
  palette,
  zoomFrom = 1.05,
  zoomTo = 1.2,
  pan = 'none',
  darken = 0.55,
  tint = true,
  children,
}) => {
  const frame = useCurrentFrame();
  const { durationInFrames } = useVideoConfig();
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const p = paletteOf(palette);
  const t = interpolate(frame, [0, Math.max(1, durationInFrames - 1)], [0, 1], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
  });
  const scale = zoomFrom + (zoomTo - zoomFrom) * t;
  const travel = 4 * t;
  const translate = {
    none: '0%, 0%',
    left: `${travel}%, 0%`,
    right: `${-travel}%, 0%`,
    up: `0%, ${travel}%`,
    down: `0%, ${-travel}%`,
  }[pan];
  const showImage = Boolean(imageUrl) && failedUrl !== imageUrl;
  return (
    <AbsoluteFill style={{ backgroundColor: p.background, overflow: 'hidden' }}>
      {showImage && imageUrl ? (
        <AbsoluteFill style={{ ...OWN_LAYER, transform: `scale(${scale}) translate(${translate})` }}>
          <Img
            src={imageUrl}
            maxRetries={1}
            onError={() => setFailedUrl(imageUrl)}
            style={{ width: '100%', height: '100%', objectFit: 'cover' }}
          />
          {tint ? (
            <AbsoluteFill
              style={{
                background: `linear-gradient(160deg, ${withAlpha(p.primary, 0.28)}, transparent 50%, ${withAlpha(p.secondary, 0.22)})`,
                mixBlendMode: 'color',
              }}
            />
          ) : null}
        </AbsoluteFill>
      ) : (
        <PaletteGradient palette={p} />
      )}
      <AbsoluteFill
        style={{
          ...OWN_LAYER,
          background: `linear-gradient(to bottom, ${withAlpha(p.background, darken * 0.7)} 0%, ${withAlpha(p.background, darken * 0.45)} 40%, ${withAlpha(p.background, Math.min(1, darken * 1.4))} 100%)`,
        }}
      />
      <Vignette strength={0.6} color={p.background} />
      {children}
    </AbsoluteFill>
  );
};

export interface AmbientBackgroundProps {
  /** Colours to use; missing ones fall back to the brand theme. */
  palette?: Partial<ColorPalette>;
  /** Draw the scrolling grid. Default true. */
  grid?: boolean;
  /** Grid style: flat texture or perspective floor. Default 'flat'. */
  gridVariant?: 'flat' | 'floor';
  /** Draw a sweeping scan line. Default false. */
  scanLine?: boolean;
  /** Overall glow strength 0..1. Default 1. */
  intensity?: number;
}

/** A ready-made dark brand backdrop: palette base, two drifting glow orbs, optional grid and scan line, vignette. */
export const AmbientBackground: React.FC<AmbientBackgroundProps> = ({
  palette,
  grid = true,
  gridVariant = 'flat',
  scanLine = false,
  intensity = 1,
}) => {
  const p = paletteOf(palette);
  return (
    <AbsoluteFill style={{ backgroundColor: p.background, overflow: 'hidden' }}>
      <GlowOrb color={p.primary} x={0.2} y={0.22} size={1.1} opacity={0.42 * intensity} />
      <GlowOrb color={p.secondary} x={0.85} y={0.8} size={1} opacity={0.32 * intensity} phase={0.5} />
      <GlowOrb color={p.accent} x={0.6} y={0.45} size={0.5} opacity={0.14 * intensity} phase={0.25} drift={80} />
      {grid ? <GridPattern color={p.primary} variant={gridVariant} /> : null}
      {scanLine ? <ScanLine color={p.secondary} opacity={0.35} /> : null}
      <Vignette color={p.background} />
    </AbsoluteFill>
  );
};
