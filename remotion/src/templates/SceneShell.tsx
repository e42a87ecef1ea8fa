import React from 'react';
import { AbsoluteFill, interpolate, useCurrentFrame } from 'remotion';
import { AmbientBackground, CinematicBG, SceneExit } from '../components';
import { C } from '../theme';
import type { ColorPalette, Mood } from '../types';

const PANS = ['left', 'up', 'right', 'down'] as const;

/** The palette a mood leans on: frustration turns warning-red, urgency pushes the accent forward. */
export const moodPalette = (mood: Mood, palette: ColorPalette): ColorPalette => {
  if (mood === 'frustration') return { ...palette, primary: C.danger, secondary: palette.primary };
  if (mood === 'urgency') return { ...palette, primary: palette.accent, secondary: palette.primary };
  return palette;
};

export type SceneShellProps = {
  mood: Mood;
  palette: ColorPalette;
  /** Position of the scene in the video, to vary the camera move. */
  index: number;
  imageUrl?: string | null;
  /** Play the exit at the end of the scene; false for the last scene, so the video ends on its end card. Default true. */
  exit?: boolean;
  children: React.ReactNode;
};

/** One scene's frame: a mood-matched background (the scene image with a Ken Burns move when there is one) and, unless it is the last scene, the exit. */
export const SceneShell: React.FC<SceneShellProps> = ({ mood, palette, index, imageUrl, exit = true, children }) => {
  const frame = useCurrentFrame();
  const tinted = moodPalette(mood, palette);
  // Every scene after the first dissolves in from the previous scene's fade-out; the first frame of the video is never black.
  const backgroundIn = index === 0 ? 1 : interpolate(frame, [0, 8], [0, 1], { extrapolateRight: 'clamp' });
  const layers = (
    <>
      <AbsoluteFill style={{ opacity: backgroundIn }}>
        {imageUrl ? (
          <CinematicBG imageUrl={imageUrl} palette={tinted} pan={PANS[index % PANS.length]} darken={0.62} />
        ) : (
          <AmbientBackground
            palette={tinted}
            gridVariant={mood === 'solution' || mood === 'excitement' ? 'floor' : 'flat'}
            scanLine={mood === 'intrigue' || mood === 'urgency'}
            intensity={mood === 'frustration' ? 0.7 : 1}
          />
        )}
      </AbsoluteFill>
      <AbsoluteFill>{children}</AbsoluteFill>
    </>
  );
  if (!exit) return <AbsoluteFill>{layers}</AbsoluteFill>;
  return (
    <SceneExit variant={mood === 'excitement' || mood === 'urgency' ? 'zoom' : 'fade'} frames={10}>
      {layers}
    </SceneExit>
  );
};
