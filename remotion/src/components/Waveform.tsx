import React, { useId } from 'react';
import { Easing, interpolate, useCurrentFrame, useVideoConfig } from 'remotion';
import { C, F } from '../theme';
import { withAlpha } from './color';
import { useLayout } from './Layout';

/** Soft-clip saturation of a sample: tanh(drive * x), rescaled by tanh(drive) so a full-scale input peaks at 1. */
export const saturate = (x: number, drive: number, normalize = true): number => {
  if (drive < 1e-3) return x;
  const y = Math.tanh(drive * x);
  return normalize ? y / Math.tanh(drive) : y;
};

const wavePath = (
  fn: (phase: number) => number,
  cycles: number,
  phase: number,
  width: number,
  height: number,
  points: number,
): string => {
  const mid = height / 2;
  const amp = height * 0.42;
  const parts: string[] = [];
  for (let i = 0; i <= points; i++) {
    const t = i / points;
    const y = mid - fn(t * cycles * Math.PI * 2 + phase) * amp;
    parts.push(`${i === 0 ? 'M' : 'L'}${(t * width).toFixed(2)},${y.toFixed(2)}`);
  }
  return parts.join(' ');
};

export interface WaveformVisualProps {
  /** Saturation drive (input gain into tanh): 0 is clean, 1 warm, 3-5 heavy, 10 nearly square. Default 4. */
  drive?: number;
  /** Animate the drive from this value up to `drive` (e.g. 0.01 to show a clean wave getting saturated). */
  driveFrom?: number;
  /** Frames to wait before the drive starts moving. Default 0. */
  delay?: number;
  /** Frames the drive takes to go from driveFrom to drive. Default 60. */
  driveFrames?: number;
  /** Sine periods across the width. Default 2.5. */
  cycles?: number;
  /** Scroll speed in periods per second (0 for a still wave). Default 0.5. */
  speed?: number;
  /** Also draw the clean sine as a dashed reference. Default true. */
  showClean?: boolean;
  /** Show the legend and the drive readout. Default true. */
  showLabels?: boolean;
  /** Rescale so the saturated wave peaks at the same level as the clean one (shape comparison). Default true. */
  normalize?: boolean;
  /** Width as a fraction of the safe content width. Default 1. */
  width?: number;
  /** Height of the wave area in design pixels. Default 420. */
  height?: number;
  /** Gradient start of the saturated wave. Default C.warm. */
  color?: string;
  /** Gradient end of the saturated wave. Default C.accent. */
  colorTo?: string;
  /** Colour of the clean reference wave. Default C.secondary. */
  cleanColor?: string;
  /** Legend text for the clean wave. Default "Clean". */
  cleanLabel?: string;
  /** Legend text for the saturated wave. Default "Saturated". */
  saturatedLabel?: string;
  /** Frames over which the wave draws in from the left. Default 24. */
  revealFrames?: number;
}

/**
 * An accurate oscilloscope view of saturation: a sine wave pushed through tanh soft clipping, its peaks
 * rounding towards a square as the (animatable) drive rises, over a dashed clean sine for comparison.
 */
export const WaveformVisual: React.FC<WaveformVisualProps> = ({
  drive = 4,
  driveFrom,
  delay = 0,
  driveFrames = 60,
  cycles = 2.5,
  speed = 0.5,
  showClean = true,
  showLabels = true,
  normalize = true,
  width = 1,
  height = 420,
  color = C.warm,
  colorTo = C.accent,
  cleanColor = C.secondary,
  cleanLabel = 'Clean',
  saturatedLabel = 'Saturated',
  revealFrames = 24,
}) => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const { unit, contentWidth } = useLayout();
  const w = contentWidth * width;
  const h = height * unit;
  const currentDrive =
    driveFrom === undefined
      ? drive
      : interpolate(frame - delay, [0, Math.max(1, driveFrames)], [driveFrom, drive], {
          extrapolateLeft: 'clamp',
          extrapolateRight: 'clamp',
          easing: Easing.inOut(Easing.cubic),
        });
  const phase = (frame / fps) * speed * Math.PI * 2;
  const reveal = interpolate(frame - delay, [0, Math.max(1, revealFrames)], [0, 1], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
    easing: Easing.out(Easing.cubic),
  });
  const points = 360;
  const saturated = wavePath((p) => saturate(Math.sin(p), currentDrive, normalize), cycles, phase, w, h, points);
  const clean = wavePath(Math.sin, cycles, phase, w, h, points);
  const uid = useId().replace(/[^a-zA-Z0-9]/g, '');
  const gradientId = `ppr-wave-gradient-${uid}`;
  const clipId = `ppr-wave-reveal-${uid}`;
  const stroke = Math.max(2, 6 * unit);
  const label = 26 * unit;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 22 * unit, width: w, fontFamily: F }}>
      <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} style={{ overflow: 'visible', display: 'block' }}>
        <defs>
          <linearGradient id={gradientId} x1="0" y1="0" x2="1" y2="0">
            <stop offset="0%" stopColor={color} />
            <stop offset="100%" stopColor={colorTo} />
          </linearGradient>
          <clipPath id={clipId}>
            <rect x={-stroke * 4} y={-h} width={(w + stroke * 8) * reveal} height={h * 3} />
          </clipPath>
        </defs>
        {[0.08, 0.5, 0.92].map((f) => (
          <line
            key={f}
            x1={0}
            x2={w}
            y1={h * f}
            y2={h * f}
            stroke={withAlpha(C.text, f === 0.5 ? 0.18 : 0.08)}
            strokeWidth={Math.max(1, 1.5 * unit)}
            strokeDasharray={f === 0.5 ? undefined : `${8 * unit} ${10 * unit}`}
          />
        ))}
        <g clipPath={`url(#${clipId})`}>
          {showClean ? (
            <path
              d={clean}
              fill="none"
              stroke={withAlpha(cleanColor, 0.75)}
              strokeWidth={stroke * 0.5}
              strokeDasharray={`${14 * unit} ${10 * unit}`}
              strokeLinecap="round"
            />
          ) : null}
          <path d={saturated} fill="none" stroke={`url(#${gradientId})`} strokeWidth={stroke * 3.5} opacity={0.18} strokeLinejoin="round" />
          <path
            d={saturated}
            fill="none"
            stroke={`url(#${gradientId})`}
            strokeWidth={stroke}
            strokeLinecap="round"
            strokeLinejoin="round"
            style={{ filter: `drop-shadow(0 0 ${10 * unit}px ${withAlpha(color, 0.8)})` }}
          />
        </g>
      </svg>
      {showLabels ? (
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            justifyContent: 'space-between',
            alignItems: 'center',
            gap: 16 * unit,
            fontSize: label,
            fontWeight: 700,
            letterSpacing: '0.1em',
            textTransform: 'uppercase',
            color: C.textMuted,
            opacity: reveal,
          }}
        >
          <div style={{ display: 'flex', gap: 28 * unit, flexWrap: 'wrap' }}>
            {showClean ? (
              <span style={{ display: 'flex', alignItems: 'center', gap: 10 * unit }}>
                <span style={{ width: 34 * unit, borderTop: `${Math.max(2, 4 * unit)}px dashed ${cleanColor}` }} />
                {cleanLabel}
              </span>
            ) : null}
            <span style={{ display: 'flex', alignItems: 'center', gap: 10 * unit }}>
              <span
                style={{
                  width: 34 * unit,
                  height: Math.max(2, 6 * unit),
                  borderRadius: 4 * unit,
                  background: `linear-gradient(90deg, ${color}, ${colorTo})`,
                }}
              />
              {saturatedLabel}
            </span>
          </div>
          <span style={{ color: C.text, fontVariantNumeric: 'tabular-nums' }}>
            Drive <span style={{ color }}>{currentDrive.toFixed(1)}</span>
          </span>
        </div>
      ) : null}
    </div>
  );
};
