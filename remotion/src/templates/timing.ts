import { getInputProps, type CalculateMetadataFunction } from 'remotion';
import type { z } from 'zod';
import { assertProps } from '../schemas';
import { FPS } from '../theme';
import type { TemplateScript } from '../types';

export type SceneTiming = {
  /** First frame of the scene in the video. */
  from: number;
  /** Length of the scene in frames: round(duration * 30), at least 1. */
  durationInFrames: number;
};

/** Where each scene of the script starts and how many frames it lasts, back to back. */
export const sceneTimings = (script: TemplateScript): SceneTiming[] => {
  let from = 0;
  return script.scenes.map((scene) => {
    const durationInFrames = Math.max(1, Math.round((Number.isFinite(scene.duration) ? scene.duration : 0) * FPS));
    const timing = { from, durationInFrames };
    from += durationInFrames;
    return timing;
  });
};

/** Total frames of the script: the sum of its scene lengths (at least 1). */
export const scriptDurationInFrames = (script: TemplateScript): number =>
  Math.max(1, sceneTimings(script).reduce((sum, t) => sum + t.durationInFrames, 0));

/** The input props of the render as given, without the defaultProps Remotion merges under them ({} if none). */
const givenInputProps = (): Record<string, unknown> => {
  try {
    return getInputProps();
  } catch {
    return {};
  }
};

/**
 * calculateMetadata for every template: duration from the script, 30 fps; the size stays the renderer's.
 *
 * A render with input props draws exactly those props: Remotion would merge the demo defaultProps under them, so
 * an optional field left out would show the demo course's data. Without input props the demo is drawn. Either
 * way the props are checked against the composition's schema first: bad props fail here, before any frame.
 */
export const scriptMetadata = <T extends Record<string, unknown> & { script: TemplateScript }>(
  compositionId: string,
  schema: z.ZodType<T>,
): CalculateMetadataFunction<T> => {
  return ({ props, isRendering }) => {
    const given = isRendering ? givenInputProps() : {};
    const own = Object.keys(given).length > 0 ? (given as T) : props;
    assertProps(compositionId, schema, own);
    return { durationInFrames: scriptDurationInFrames(own.script), fps: FPS, props: own };
  };
};
