import React from 'react';
import { Easing, interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { useLayout } from './Layout';

export interface EntranceOptions {
  /** Frames to wait before starting. Default 0. */
  delay?: number;
  /** Spring damping: 200 is smooth with no overshoot, 12 is bouncy. Default 200. */
  damping?: number;
  /** Force the spring to settle within this many frames. Default: natural spring length (~20-30 frames). */
  durationInFrames?: number;
}

/** Entrance progress 0 -> 1 driven by a spring, relative to the current Sequence's start. */
export const useEntrance = ({ delay = 0, damping = 200, durationInFrames }: EntranceOptions = {}): number => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  return spring({ frame: frame - delay, fps, config: { damping }, durationInFrames });
};

/**
 * Exit progress for the end of the current scene: 1 while the scene plays, easing to 0 over its last
 * `frames` frames. Inside a <Sequence> it uses that Sequence's duration.
 */
export const useExit = (frames = 15): number => {
  const frame = useCurrentFrame();
  const { durationInFrames } = useVideoConfig();
  const length = Math.max(1, Math.min(frames, Math.floor(durationInFrames / 3)));
  return interpolate(frame, [durationInFrames - length, durationInFrames - 1], [1, 0], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
    easing: Easing.in(Easing.cubic),
  });
};

export interface FadeUpProps {
  /** What to reveal. */
  children?: React.ReactNode;
  /** Frames to wait before the entrance; stagger siblings with delay={i * 6}. Default 0. */
  delay?: number;
  /** Distance to rise, in design pixels. Default 48. */
  distance?: number;
  /** Spring damping (200 smooth, 12 bouncy). Default 200. */
  damping?: number;
  /** Also blur in from soft focus. Default false. */
  blur?: boolean;
  /** Extra styles for the wrapper. */
  style?: React.CSSProperties;
}

/** Fades and rises its children into place with a spring. */
export const FadeUp: React.FC<FadeUpProps> = ({ children, delay = 0, distance = 48, damping = 200, blur = false, style }) => {
  const progress = useEntrance({ delay, damping });
  const { unit } = useLayout();
  return (
    <div
      style={{
        opacity: interpolate(progress, [0, 0.6], [0, 1], { extrapolateRight: 'clamp' }),
        transform: `translateY(${(1 - progress) * distance * unit}px)`,
        filter: blur ? `blur(${(1 - progress) * 12 * unit}px)` : undefined,
        ...style,
      }}
    >
      {children}
    </div>
  );
};

export interface PopInProps {
  /** What to reveal. */
  children?: React.ReactNode;
  /** Frames to wait before the entrance. Default 0. */
  delay?: number;
  /** Scale to start from. Default 0.6. */
  from?: number;
  /** Spring damping; lower overshoots more. Default 12. */
  damping?: number;
  /** Extra styles for the wrapper. */
  style?: React.CSSProperties;
}

/** Scales its children up from small with a bouncy spring: for icons, badges, numbers and buttons. */
export const PopIn: React.FC<PopInProps> = ({ children, delay = 0, from = 0.6, damping = 12, style }) => {
  const progress = useEntrance({ delay, damping });
  return (
    <div
      style={{
        opacity: interpolate(progress, [0, 0.4], [0, 1], { extrapolateRight: 'clamp' }),
        transform: `scale(${from + (1 - from) * progress})`,
        ...style,
      }}
    >
      {children}
    </div>
  );
};

export interface SlideInProps {
  /** What to reveal. */
  children?: React.ReactNode;
  /** Side to slide in from. Default 'left'. */
  from?: 'left' | 'right' | 'top' | 'bottom';
  /** Frames to wait before the entrance. Default 0. */
  delay?: number;
  /** Distance to travel, in design pixels. Default 120. */
  distance?: number;
  /** Extra styles for the wrapper. */
  style?: React.CSSProperties;
}

/** Slides its children in from one side while fading in. */
export const SlideIn: React.FC<SlideInProps> = ({ children, from = 'left', delay = 0, distance = 120, style }) => {
  const progress = useEntrance({ delay });
  const { unit } = useLayout();
  const offset = (1 - progress) * distance * unit;
  const translate = {
    left: `translateX(${-offset}px)`,
    right: `translateX(${offset}px)`,
    top: `translateY(${-offset}px)`,
    bottom: `translateY(${offset}px)`,
  }[from];
  return (
    <div style={{ opacity: Math.min(1, progress * 1.6), transform: translate, ...style }}>{children}</div>
  );
};

export interface SceneExitProps {
  /** The scene content to fade out. */
  children?: React.ReactNode;
  /** Length of the exit in frames, at the end of the current Sequence. Default 12. */
  frames?: number;
  /** How the scene leaves: fade, fade while zooming in, or fade while drifting up. Default 'zoom'. */
  variant?: 'fade' | 'zoom' | 'up';
}

/** Wraps a whole scene and plays its exit over the last frames of the enclosing Sequence. */
export const SceneExit: React.FC<SceneExitProps> = ({ children, frames = 12, variant = 'zoom' }) => {
  const exit = useExit(frames);
  const { unit } = useLayout();
  const transform =
    variant === 'zoom'
      ? `scale(${1 + (1 - exit) * 0.08})`
      : variant === 'up'
        ? `translateY(${-(1 - exit) * 60 * unit}px)`
        : undefined;
  return (
    <div
      style={{
        position: 'absolute',
        inset: 0,
        opacity: exit,
        transform,
        filter: exit < 1 ? `blur(${(1 - exit) * 10 * unit}px)` : undefined,
      }}
    >
      {children}
    </div>
  );
};

/** A value that breathes between 0 and 1 with the given period in frames: for pulses and glows. */
export const usePulse = (periodInFrames = 45, delay = 0): number => {
  const frame = useCurrentFrame();
  return 0.5 - 0.5 * Math.cos(((frame - delay) / periodInFrames) * Math.PI * 2);
};
