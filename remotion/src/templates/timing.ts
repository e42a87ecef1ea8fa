import type { CalculateMetadataFunction } from 'remotion';
import { FPS } from '../theme';
import type { VideoScript } from '../types';

export type SceneTiming = {
  /** First frame of the scene in the video. */
  from: number;
  /** Length of the scene in frames: round(duration * 30), at least 1. */
  durationInFrames: number;
};

/** Where each scene of the script starts and how many frames it lasts, back to back. */
export const sceneTimings = (script: VideoScript): SceneTiming[] => {
  let from = 0;
  return script.scenes.map((scene) => {
    const durationInFrames = Math.max(1, Math.round((Number.isFinite(scene.duration) ? scene.duration : 0) * FPS));
    const timing = { from, durationInFrames };
    from += durationInFrames;
    return timing;
  });
};

/** Total frames of the script: the sum of its scene lengths (at least 1). */
export const scriptDurationInFrames = (script: VideoScript): number =>
  Math.max(1, sceneTimings(script).reduce((sum, t) => sum + t.durationInFrames, 0));

/** calculateMetadata for every template: duration from the script, 30 fps; the size stays the renderer's. */
export const scriptMetadata = <T extends Record<string, unknown> & { script: VideoScript }>(): CalculateMetadataFunction<T> => {
  return ({ props }) => ({ durationInFrames: scriptDurationInFrames(props.script), fps: FPS });
};
