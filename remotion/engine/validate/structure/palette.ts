import ts from 'typescript';
import type { VideoScript } from '../../../src/types';
import type { Report } from '../diagnostics';
import { importedExport, type Analysis } from '../symbols';

// Colours inside string values (a style value, a gradient): #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba().
const HEX = /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})\b/gi;
const RGB = /rgba?\(\s*(\d{1,3})\s*[, ]\s*(\d{1,3})\s*[, ]\s*(\d{1,3})/gi;
// Greys and near-greys (channel spread at most this much), and anything nearly black or nearly white.
const NEUTRAL_SPREAD = 0x18;
const DARKEST_TINT = 0x30;
const LIGHTEST_TINT = 0xe0;

type Rgb = [number, number, number];

const parseHex = (hex: string): Rgb => {
  const digits = hex.slice(1);
  const full = digits.length <= 4 ? [...digits.slice(0, 3)].map((d) => d + d).join('') : digits.slice(0, 6);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
};

const key = ([r, g, b]: Rgb): string => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`.toUpperCase();

/** White, black, greys and colours so dark or light that they read as neutral. */
export const isNeutral = (rgb: Rgb): boolean =>
  Math.max(...rgb) - Math.min(...rgb) <= NEUTRAL_SPREAD || Math.max(...rgb) <= DARKEST_TINT || Math.min(...rgb) >= LIGHTEST_TINT;

const coloursIn = (text: string): { written: string; rgb: Rgb }[] => [
  ...[...text.matchAll(HEX)].map((match) => ({ written: match[0], rgb: parseHex(match[0]) })),
  ...[...text.matchAll(RGB)].map((match) => ({ written: match[0] + ')', rgb: [1, 2, 3].map((i) => Number(match[i])) as Rgb })),
];

/** Theme colours imported from the library (`C.primary`): the checker knows their literal values. */
const themeColour = (analysis: Analysis, node: ts.Node): string | null => {
  if (!ts.isPropertyAccessExpression(node) || importedExport(analysis, node.expression)?.module !== '@ppr/components') {
    return null;
  }
  const { literal } = analysis.checker.typeAt(node);
  return typeof literal === 'string' && /^#[0-9a-f]{6}$/i.test(literal) ? literal : null;
};

/**
 * Colours written in the code (hex and rgb() in string values, theme colours like C.primary) should be the
 * script palette's or neutral; colours read from script.colorPalette are right by construction. One warning
 * per distinct colour, at its first use.
 */
export const checkPalette = (analysis: Analysis, script: VideoScript, report: Report): void => {
  const palette = new Set(Object.values(script.colorPalette).map((hex) => key(parseHex(hex))));
  const uses = new Map<string, { node: ts.Node; written: string; count: number }>();
  const note = (node: ts.Node, written: string, rgb: Rgb): void => {
    const colour = key(rgb);
    if (palette.has(colour) || isNeutral(rgb)) {
      return;
    }
    const use = uses.get(colour);
    uses.set(colour, use ? { ...use, count: use.count + 1 } : { node, written, count: 1 });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      coloursIn(node.text).forEach(({ written, rgb }) => note(node, written, rgb));
    }
    const theme = themeColour(analysis, node);
    if (theme) {
      note(node, node.getText(analysis.sourceFile), parseHex(theme));
    }
    ts.forEachChild(node, visit);
  };
  visit(analysis.sourceFile);
  const paletteText = Object.entries(script.colorPalette).map(([name, hex]) => `${name} ${hex}`).join(', ');
  for (const [colour, { node, written, count }] of uses) {
    const times = count > 1 ? ` (used ${count} times)` : '';
    const shown = written.toUpperCase() === colour ? colour : `${written} (${colour})`;
    const message = `${shown}${times} is not in the script palette (${paletteText}): use script.colorPalette or a neutral`;
    report(node, 'off-palette-colour', message, 'warning');
  }
};
