// Which families of a font-family list are installed, measured with a canvas: a family that is not installed
// renders the probe exactly like the fallback it is paired with, for every fallback.

const GENERIC_FAMILIES = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'emoji',
  'math',
  'fangsong',
]);

const PROBE_TEXT = 'mmmmmmmmmmlli WQ@#0123 AEIOU wjkx 😀';
const BASE_FAMILIES = ['monospace', 'serif', 'sans-serif'];

export const splitFontFamilies = (fontFamily: string): string[] =>
  (fontFamily.match(/"[^"]*"|'[^']*'|[^,]+/g) ?? [])
    .map((part) => part.trim().replace(/^["']|["']$/g, '').trim())
    .filter((part) => part.length > 0);

export const isGenericFamily = (family: string): boolean => GENERIC_FAMILIES.has(family.toLowerCase());

export class FontAvailability {
  private readonly known = new Map<string, boolean>();
  private readonly context = document.createElement('canvas').getContext('2d');

  private probeWidth(font: string): number {
    if (!this.context) {
      return 0;
    }
    this.context.font = `72px ${font}`;
    return this.context.measureText(PROBE_TEXT).width;
  }

  isInstalled(family: string): boolean {
    if (isGenericFamily(family)) {
      return true;
    }
    const cached = this.known.get(family);
    if (cached !== undefined) {
      return cached;
    }
    const quoted = `"${family.replace(/"/g, '\\"')}"`;
    const installed = BASE_FAMILIES.some((base) => this.probeWidth(`${quoted}, ${base}`) !== this.probeWidth(base));
    this.known.set(family, installed);
    return installed;
  }

  /** The family the browser uses for the list, and the listed families it skipped because they are missing. */
  resolve(families: string[]): { usedFamily: string | null; missingFamilies: string[] } {
    const missingFamilies: string[] = [];
    for (const family of families) {
      if (this.isInstalled(family)) {
        return { usedFamily: family, missingFamilies };
      }
      missingFamilies.push(family);
    }
    return { usedFamily: null, missingFamilies };
  }
}
