import { C } from '../theme';

/** `color` at the given opacity (0..1). Works for any CSS colour (hex, rgb(), hsl(), names) via color-mix. */
export const withAlpha = (color: string, alpha: number): string => {
  const percent = Math.round(Math.min(1, Math.max(0, alpha)) * 1000) / 10;
  return `color-mix(in srgb, ${color} ${percent}%, transparent)`;
};

/** A diagonal gradient between two colours, for text fills, buttons and icon boxes. */
export const gradient = (from: string, to: string, angleDeg = 135): string =>
  `linear-gradient(${angleDeg}deg, ${from}, ${to})`;

type Rgb = readonly [number, number, number];
type Rgba = readonly [number, number, number, number];

const WITH_ALPHA = /^color-mix\(in srgb,\s*(.+)\s+([\d.]+)%,\s*transparent\)$/i;
const RGB_FUNCTION = /^rgba?\(([^)]+)\)$/i;

const channel = (part: string): number => (part.endsWith('%') ? (parseFloat(part) / 100) * 255 : parseFloat(part));
const alphaOf = (part: string | undefined): number =>
  part === undefined ? 1 : part.endsWith('%') ? parseFloat(part) / 100 : parseFloat(part);

const parseHex = (hex: string): Rgba | null => {
  if (!/^[0-9a-f]+$/i.test(hex) || ![3, 4, 6, 8].includes(hex.length)) return null;
  const full = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex;
  const [r, g, b, a = 255] = (full.match(/../g) ?? []).map((pair) => parseInt(pair, 16));
  return [r, g, b, a / 255];
};

/** The sRGB channels (0-255) and alpha (0-1) of a hex, rgb()/rgba(), withAlpha() or black/white colour; null otherwise. */
export const parseColor = (color: string): Rgba | null => {
  const css = color.trim().toLowerCase();
  if (css === 'transparent') return [0, 0, 0, 0];
  if (css === 'white') return [255, 255, 255, 1];
  if (css === 'black') return [0, 0, 0, 1];
  if (css.startsWith('#')) return parseHex(css.slice(1));
  const mixed = WITH_ALPHA.exec(css);
  if (mixed) {
    const base = parseColor(mixed[1]);
    return base ? [base[0], base[1], base[2], base[3] * (parseFloat(mixed[2]) / 100)] : null;
  }
  const rgb = RGB_FUNCTION.exec(css);
  if (!rgb) return null;
  const parts = rgb[1].split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3 || parts.length > 4) return null;
  const parsed: Rgba = [channel(parts[0]), channel(parts[1]), channel(parts[2]), alphaOf(parts[3])];
  return parsed.every(Number.isFinite) ? parsed : null;
};

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];

const BACKDROP = parseColor(C.background) as Rgba;

/** Opaque sRGB of `color` as it shows over the library's dark background (translucent fills let it through). */
const shown = (color: Rgba): Rgb => mix([BACKDROP[0], BACKDROP[1], BACKDROP[2]], [color[0], color[1], color[2]], Math.min(1, Math.max(0, color[3])));

const linear = (value: number): number => {
  const c = Math.min(255, Math.max(0, value)) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

const luminanceOf = (rgb: Rgb): number => 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);

const ratio = (a: number, b: number): number => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** WCAG 2 contrast ratio (1..21) between two colours, translucent ones as shown over C.background; 1 if either is unparseable. */
export const contrastRatio = (a: string, b: string): number => {
  const first = parseColor(a);
  const second = parseColor(b);
  if (!first || !second) return 1;
  return ratio(luminanceOf(shown(first)), luminanceOf(shown(second)));
};

/** The colours a fill painted from these stops shows: every stop and points between neighbours (CSS mixes in sRGB). */
const fillSamples = (fills: string[]): Rgb[] => {
  const stops = fills.map(parseColor).filter((color): color is Rgba => color !== null).map(shown);
  return stops.flatMap((stop, i) => {
    const next = stops[i + 1];
    return next ? [0, 0.25, 0.5, 0.75].map((t) => mix(stop, next, t)) : [stop];
  });
};

const LIGHT_TEXT: Rgb = [255, 255, 255];
const DARK_TEXT: Rgb = shown(parseColor(C.background) as Rgba);

const worstContrast = (text: Rgb, samples: Rgb[]): number =>
  Math.min(...samples.map((sample) => ratio(luminanceOf(text), luminanceOf(sample))));

export interface TextOnFill {
  /** The text colour: white (C.text) or near-black (C.background). */
  color: string;
  /** Contrast of `color` on the fill's worst colour, before any scrim. */
  contrast: number;
  /**
   * A translucent layer to paint over the fill (black under white text, white under dark text), just strong enough
   * that the text reaches the minimum contrast; null when the fill alone is readable.
   */
  scrim: string | null;
}

/** How much more scrim (alpha) white text may need than dark text and still be chosen. */
const WHITE_TEXT_PREFERENCE = 0.1;

const scrimAlpha = (text: Rgb, samples: Rgb[], cover: Rgb, minContrast: number): number => {
  const covered = (alpha: number): Rgb[] => samples.map((sample) => mix(sample, cover, alpha));
  let low = 0;
  let high = 1;
  for (let step = 0; step < 16; step += 1) {
    const alpha = (low + high) / 2;
    if (worstContrast(text, covered(alpha)) >= minContrast) high = alpha;
    else low = alpha;
  }
  return Math.ceil(high * 100) / 100;
};

/**
 * How to put text on a fill made of these colours (a solid colour or a gradient's stops, translucent ones as seen
 * over the dark background): white or near-black, whichever has the higher contrast on the fill's worst colour. When
 * neither reaches `minContrast` (WCAG AA: 4.5 for normal text, 3 for large), white text on a fill darkened just
 * enough, which keeps the dark look, unless dark text needs a clearly lighter scrim. Unparseable colours are skipped.
 */
export const textOnFill = (fills: string[], minContrast = 4.5): TextOnFill => {
  const samples = fillSamples(fills);
  if (samples.length === 0) return { color: C.text, contrast: 21, scrim: null };
  const onLight = worstContrast(LIGHT_TEXT, samples);
  const onDark = worstContrast(DARK_TEXT, samples);
  const best = onDark > onLight ? { color: C.background, contrast: onDark } : { color: C.text, contrast: onLight };
  if (best.contrast >= minContrast) return { ...best, scrim: null };
  const darken = scrimAlpha(LIGHT_TEXT, samples, [0, 0, 0], minContrast);
  const lighten = scrimAlpha(DARK_TEXT, samples, LIGHT_TEXT, minContrast);
  return darken <= lighten + WHITE_TEXT_PREFERENCE
    ? { color: C.text, contrast: onLight, scrim: `rgba(0, 0, 0, ${darken})` }
    : { color: C.background, contrast: onDark, scrim: `rgba(255, 255, 255, ${lighten})` };
};

/** White or near-black, whichever reads better on a fill of these colours (e.g. a gradient's stops). */
export const readableTextOn = (...fills: string[]): string => textOnFill(fills).color;

/** CSS background layers: the fill with the text's scrim (if any) painted over it. */
export const underText = (fill: string, scrim: string | null): string =>
  scrim ? `linear-gradient(${scrim}, ${scrim}), ${fill}` : fill;

const hex = (rgb: Rgb): string => `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`.toUpperCase();

/** Contrast to aim for with coloured text on the library's translucent dark glass: WCAG AA's 4.5 plus room for glows showing through. */
const GLASS_CONTRAST = 5.5;

/**
 * `color` for coloured text (labels, numbers) on `background`: itself when it already reaches `minContrast`, else
 * mixed toward white (on dark backgrounds) or toward near-black (on light ones) just enough to get there, as hex.
 * The defaults fit the library's dark glass cards and pills. Unparseable colours come back unchanged.
 */
export const legibleOn = (color: string, background: string = C.surfaceLight, minContrast = GLASS_CONTRAST): string => {
  const text = parseColor(color);
  const behind = parseColor(background);
  if (!text || !behind) return color;
  const base = shown(text);
  const ground = luminanceOf(shown(behind));
  if (ratio(luminanceOf(base), ground) >= minContrast) return color;
  const toward = ratio(luminanceOf(LIGHT_TEXT), ground) >= ratio(luminanceOf(DARK_TEXT), ground) ? LIGHT_TEXT : DARK_TEXT;
  for (let step = 1; step <= 50; step += 1) {
    const mixed = mix(base, toward, step / 50);
    if (ratio(luminanceOf(mixed), ground) >= minContrast) return hex(mixed);
  }
  return hex(toward);
};
