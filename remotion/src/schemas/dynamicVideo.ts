// DynamicVideo's props: generated code compiled to CommonJS, and the data and assets it may use.
import { z } from 'zod';
import { videoFactsSchema, videoScriptSchema, wordTimingSchema } from './script';

/** The props every generated composition receives. */
export const generatedVideoPropsSchema = z.strictObject({
  script: videoScriptSchema,
  facts: videoFactsSchema,
  /** One image URL per scene (null where generation failed: fall back to a gradient). */
  images: z.array(z.string().nullable()),
  /** The narration's words with their start and end in seconds ([] without voice): sync text to them. */
  words: z.array(wordTimingSchema),
});

export const dynamicVideoSchema = generatedVideoPropsSchema.extend({
  code: z.string(),
  /** The voice-over; DynamicVideo plays it, generated code never adds its own <Audio> for it. */
  audioUrl: z.string().nullish(),
  durationInFrames: z.int().positive(),
  width: z.int().positive(),
  height: z.int().positive(),
  /** Word timings of the voice-over (left out without voice), for generated code and burned-in captions. */
  words: z.array(wordTimingSchema).optional(),
  /** Draw TikTok-style captions over the video (inside the safe area). */
  burnCaptions: z.boolean().optional(),
});
