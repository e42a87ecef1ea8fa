// Text sizing without a DOM: Inter averages about 0.55em per character at bold weights, emoji about 1.15em.
const EMOJI = /\p{Extended_Pictographic}/u;
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Approximate width of `text` in em at a bold weight. */
export const estimateEm = (text: string, emPerChar = 0.56): number => {
  let em = 0;
  for (const ch of Array.from(text)) {
    if (EMOJI.test(ch)) em += 1.15;
    else if (WIDE.test(ch)) em += 1;
    else if (ch === ' ') em += 0.28;
    else if (/[\u0300-\u036F\u200D\uFE0F]/u.test(ch)) em += 0;
    else em += emPerChar;
  }
  return em;
};

export interface FitTextOptions {
  /** Width of the text box in pixels. */
  maxWidth: number;
  /** Largest font size in pixels (short text uses this). */
  maxFontSize: number;
  /** Smallest font size in pixels (very long text stops shrinking here and wraps further). */
  minFontSize: number;
  /** Lines the text may take before it shrinks. */
  maxLines: number;
  /** Average glyph width in em; 0.56 suits bold Inter, 0.5 regular weights. */
  emPerChar?: number;
}

/**
 * The largest font size at which `text` fits `maxLines` lines of `maxWidth`, and at which its longest word
 * fits on one line; clamped to [minFontSize, maxFontSize].
 */
export const fitFontSize = (text: string, options: FitTextOptions): number => {
  const { maxWidth, maxFontSize, minFontSize, maxLines, emPerChar = 0.56 } = options;
  const trimmed = text.trim();
  if (!trimmed) return maxFontSize;
  // Word wrapping wastes some of every line; 0.82 is the fill measured for headline-length text.
  const totalEm = estimateEm(trimmed, emPerChar);
  const byLines = (maxWidth * maxLines * 0.82) / totalEm;
  // Lines may break at spaces and after hyphens, dashes and slashes.
  const longestWordEm = Math.max(...trimmed.split(/[\s\-\u2013\u2014/]+/).map((w) => estimateEm(w, emPerChar)));
  const byWord = (maxWidth * 0.96) / longestWordEm;
  return Math.max(minFontSize, Math.min(maxFontSize, byLines, byWord));
};

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** User-perceived characters of `text` (an emoji with modifiers or joiners counts as one). */
export const graphemes = (text: string): string[] => Array.from(segmenter.segment(text), (s) => s.segment);
