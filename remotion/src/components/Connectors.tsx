import React from 'react';
import { Easing, interpolate, useCurrentFrame } from 'remotion';
import { C } from '../theme';
import { withAlpha } from './color';
import { useLayout } from './Layout';

export interface ConnectorLineProps {
  /** Direction the line runs and draws in. Default 'vertical'. */
  direction?: 'vertical' | 'horizontal';
  /** Length in design pixels; omit to fill the parent (100%) along the direction. */
  length?: number;
  /** Thickness in design pixels. Default 4. */
  thickness?: number;
  /** Colour at the start of the line. Default C.primary. */
  from?: string;
  /** Colour at the end of the line. Default C.secondary. */
  to?: string;
  /** Frames to wait before drawing. Default 0. */
  delay?: number;
  /** Frames the line takes to draw itself. Default 20. */
  drawFrames?: number;
  /** Send a glowing pulse along the line after it is drawn. Default true. */
  pulse?: boolean;
  /** Frames for one pulse to travel the line. Default 45. */
  pulsePeriod?: number;
}

/** A gradient line that draws itself between two elements (e.g. timeline steps), with a travelling glow. */
export const ConnectorLine: React.FC<ConnectorLineProps> = ({
  direction = 'vertical',
  length,
  thickness = 4,
  from = C.primary,
  to = C.secondary,
  delay = 0,
  drawFrames = 20,
  pulse = true,
  pulsePeriod = 45,
}) => {
  const frame = useCurrentFrame();
  const { unit } = useLayout();
  const vertical = direction === 'vertical';
  const drawn = interpolate(frame - delay, [0, Math.max(1, drawFrames)], [0, 1], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
    easing: Easing.out(Easing.cubic),
  });
  const size = length === undefined ? '100%' : length * unit;
  const t = thickness * unit;
  const sincedrawn = frame - delay - drawFrames;
  const pulseAt = sincedrawn > 0 ? (sincedrawn % pulsePeriod) / pulsePeriod : -1;
  const dot = t * 3.2;
  return (
    <div
      style={{
        position: 'relative',
        width: vertical ? t : size,
        height: vertical ? size : t,
        flexShrink: 0,
        alignSelf: 'center',
      }}
    >
      <div
        style={{
          position: 'absolute',
          inset: 0,
          borderRadius: t,
          background: `linear-gradient(${vertical ? 180 : 90}deg, ${from}, ${to})`,
          boxShadow: `0 0 ${t * 3}px ${withAlpha(from, 0.6)}`,
          transform: vertical ? `scaleY(${drawn})` : `scaleX(${drawn})`,
          transformOrigin: vertical ? 'top center' : 'center left',
        }}
      />
      {pulse && pulseAt >= 0 ? (
        <div
          style={{
            position: 'absolute',
            width: dot,
            height: dot,
            borderRadius: '50%',
            background: C.text,
            boxShadow: `0 0 ${dot * 1.5}px ${to}, 0 0 ${dot * 0.6}px ${C.text}`,
            left: vertical ? (t - dot) / 2 : `calc(${pulseAt * 100}% - ${dot / 2}px)`,
            top: vertical ? `calc(${pulseAt * 100}% - ${dot / 2}px)` : (t - dot) / 2,
            opacity: Math.sin(pulseAt * Math.PI),
          }}
        />
      ) : null}
    </div>
  );
};
