// Building blocks shared by the composition schemas. Every object is strict (an unknown key is refused, as
// domain/template_props.py's models refuse it) and every type is derived from its schema, never written twice.
import { zColor } from '@remotion/zod-types';
import { z } from 'zod';

/**
 * A schema whose inferred type is the named type T (input and output alike: no schema here transforms).
 *
 * Every type is z.infer of its schema, re-declared as a mapped type of its own, `type X = { [K in keyof
 * XFields]: XFields[K] }`: the same type, but with a name, so compiler messages about generated code and the
 * component reference in the prompt say `VideoScene` instead of listing its fields. Schemas that contain it are
 * typed Schema<X>, so the name carries through (`scenes: VideoScene[]`).
 */
export type Schema<T> = z.ZodType<T, T>;

/** The feeling of a scene; it picks the scene's layout and background. */
export type Mood = 'intrigue' | 'frustration' | 'solution' | 'proof' | 'urgency' | 'excitement';

// Every mood once, in order (a missing or unknown key is a type error), so the schema cannot drift from Mood.
const MOOD_KEYS: Record<Mood, true> = { intrigue: true, frustration: true, solution: true, proof: true, urgency: true, excitement: true };

export const moodSchema: Schema<Mood> = z.enum(Object.keys(MOOD_KEYS) as [Mood, ...Mood[]]);

const colorPaletteObject = z.strictObject({
  primary: zColor(),
  secondary: zColor(),
  accent: zColor(),
  background: zColor(),
});

type ColorPaletteFields = z.infer<typeof colorPaletteObject>;

/** The script's colours; any CSS colour Remotion understands (the agent writes #RRGGBB). */
export type ColorPalette = { [K in keyof ColorPaletteFields]: ColorPaletteFields[K] };

export const colorPaletteSchema: Schema<ColorPalette> = colorPaletteObject;
