// The agent's script and facts: what DynamicVideo passes to generated code (domain/script.py mirrors them). A
// scene's `emphasis` is one phrase here; the templates take a list (see templates.ts).
import { z } from 'zod';
import { colorPaletteSchema, moodSchema, type ColorPalette, type Mood, type Schema } from './common';

// In scope here, so that the types below print as `Mood` and `ColorPalette` (the component reference).
export type { ColorPalette, Mood };

const videoSceneObject = z.strictObject({
  id: z.string(),
  /** Seconds. */
  duration: z.number().positive(),
  headline: z.string().optional(),
  subhead: z.string().optional(),
  bulletPoints: z.array(z.string()).optional(),
  emphasis: z.string().optional(),
  mood: moodSchema,
});

type VideoSceneFields = z.infer<typeof videoSceneObject>;

export type VideoScene = { [K in keyof VideoSceneFields]: VideoSceneFields[K] };

export const videoSceneSchema: Schema<VideoScene> = videoSceneObject;

const videoScriptObject = z.strictObject({
  /** Seconds; equals the sum of the scene durations. */
  totalDuration: z.number().positive(),
  scenes: z.array(videoSceneSchema).min(1),
  colorPalette: colorPaletteSchema,
});

type VideoScriptFields = z.infer<typeof videoScriptObject>;

export type VideoScript = { [K in keyof VideoScriptFields]: VideoScriptFields[K] };

export const videoScriptSchema: Schema<VideoScript> = videoScriptObject;

const videoFactsObject = z.strictObject({
  kind: z.enum(['course', 'product', 'brand']),
  title: z.string(),
  description: z.string().optional(),
  price: z.number().optional(),
  currency: z.string().optional(),
  /** The price formatted for display, e.g. "$49". */
  priceLabel: z.string().optional(),
  modules: z.array(z.string()).optional(),
  moduleCount: z.int().optional(),
  lessonCount: z.int().optional(),
  enrollmentCount: z.int().optional(),
  averageRating: z.number().optional(),
  reviewCount: z.int().optional(),
  productType: z.string().optional(),
  features: z.array(z.string()).optional(),
  creatorName: z.string().optional(),
  storeName: z.string(),
  domain: z.string(),
  /** The call to action on the last scene. */
  cta: z.string(),
});

type VideoFactsFields = z.infer<typeof videoFactsObject>;

/** Catalog facts a generated composition may show. They reach the code only as props, never as source text. */
export type VideoFacts = { [K in keyof VideoFactsFields]: VideoFactsFields[K] };

export const videoFactsSchema: Schema<VideoFacts> = videoFactsObject;

const wordTimingObject = z.strictObject({
  word: z.string(),
  /** Seconds from the start of the video. */
  start: z.number().nonnegative(),
  end: z.number().nonnegative(),
});

type WordTimingFields = z.infer<typeof wordTimingObject>;

export type WordTiming = { [K in keyof WordTimingFields]: WordTimingFields[K] };

export const wordTimingSchema: Schema<WordTiming> = wordTimingObject;
