// The three templates' props (domain/template_props.py mirrors them). Optional fields may also be null: Python
// sends None as null, and the still-check page silences every composition with `audioUrl: null`.
import { z } from 'zod';
import { colorPaletteSchema, moodSchema, type ColorPalette, type Mood, type Schema } from './common';

// In scope here, so that the types below print as `Mood` and `ColorPalette` (the component reference).
export type { ColorPalette, Mood };

const templateSceneObject = z.strictObject({
  id: z.string(),
  /** Seconds. */
  duration: z.number().positive(),
  headline: z.string().nullish(),
  subhead: z.string().nullish(),
  bulletPoints: z.array(z.string()).nullish(),
  /** Words or phrases of the headline to highlight; the first one the headline contains is drawn in gradient. */
  emphasis: z.array(z.string()).nullish(),
  mood: moodSchema,
});

type TemplateSceneFields = z.infer<typeof templateSceneObject>;

/** A scene of a template's script: like the agent's VideoScene, with a list of emphasised words. */
export type TemplateScene = { [K in keyof TemplateSceneFields]: TemplateSceneFields[K] };

export const templateSceneSchema: Schema<TemplateScene> = templateSceneObject;

const templateScriptObject = z.strictObject({
  /** Seconds; equals the sum of the scene durations. */
  totalDuration: z.number().positive(),
  scenes: z.array(templateSceneSchema).min(1),
  colorPalette: colorPaletteSchema,
});

type TemplateScriptFields = z.infer<typeof templateScriptObject>;

export type TemplateScript = { [K in keyof TemplateScriptFields]: TemplateScriptFields[K] };

export const templateScriptSchema: Schema<TemplateScript> = templateScriptObject;

const solutionItemObject = z.strictObject({ icon: z.string(), title: z.string(), description: z.string() });

type SolutionItemFields = z.infer<typeof solutionItemObject>;

export type SolutionItem = { [K in keyof SolutionItemFields]: SolutionItemFields[K] };

export const solutionItemSchema: Schema<SolutionItem> = solutionItemObject;

const statItemObject = z.strictObject({ value: z.string(), label: z.string() });

type StatItemFields = z.infer<typeof statItemObject>;

export type StatItem = { [K in keyof StatItemFields]: StatItemFields[K] };

export const statItemSchema: Schema<StatItem> = statItemObject;

const stepItemObject = z.strictObject({ time: z.string(), icon: z.string(), text: z.string() });

type StepItemFields = z.infer<typeof stepItemObject>;

export type StepItem = { [K in keyof StepItemFields]: StepItemFields[K] };

export const stepItemSchema: Schema<StepItem> = stepItemObject;

/** What every template shows and plays besides its own data: the store, the script, the images and the voice. */
const templateBase = {
  /** The creator's store, on the end card. */
  storeName: z.string(),
  /** The store's web address, on the end card. */
  domain: z.string(),
  script: templateScriptSchema,
  /** One image per scene; a missing or empty entry gets the palette background. */
  imageUrls: z.array(z.string()).nullish(),
  /** The voice-over. */
  audioUrl: z.string().nullish(),
};

export const coursePromoSchema = z.strictObject({
  ...templateBase,
  title: z.string(),
  description: z.string(),
  price: z.number().nonnegative(),
  currency: z.string(),
  moduleCount: z.int().nonnegative().nullish(),
  modules: z.array(z.string()).nullish(),
  lessonCount: z.int().nonnegative().nullish(),
  enrollmentCount: z.int().nonnegative().nullish(),
  averageRating: z.number().nullish(),
  creatorName: z.string(),
});

export const productPromoSchema = z.strictObject({
  ...templateBase,
  productName: z.string(),
  productType: z.string(),
  price: z.number().nonnegative(),
  description: z.string(),
  features: z.array(z.string()),
});

export const featurePromoSchema = z.strictObject({
  ...templateBase,
  featureName: z.string(),
  tagline: z.string(),
  painPoints: z.array(z.string()),
  solution: z.array(solutionItemSchema),
  stats: z.array(statItemSchema),
  steps: z.array(stepItemSchema).nullish(),
});
