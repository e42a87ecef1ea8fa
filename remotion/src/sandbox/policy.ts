// What generated code may load and which elements and attributes it may give React, checked at run time on the
// values themselves (the static validator checks the source; this holds when the validator misses something).
// Pure JavaScript in the bundle: it holds on Remotion Lambda too, where the engine's sealed network does not exist.

/** Thrown for anything the sandbox refuses; its message names what was refused and where. */
export class SandboxViolation extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SandboxViolation';
  }
}

/** A prop or attribute name reduced to lower-case letters and digits: `SrcSet`, `src-set`, `srcset` are one name. */
export const normalisedName = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Attribute names that make the browser fetch a URL, normalised. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'src',
  'srcset',
  'href',
  'xlinkhref',
  'poster',
  'data',
  'action',
  'formaction',
  'background',
  'manifest',
  'ping',
  'codebase',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'usemap',
]);

/** Suffixes of component prop names that carry a media URL (`imageUrl`, `logoSrc`, `backgroundImage`). */
export const URL_PROP_SUFFIXES = ['url', 'src', 'href', 'image'] as const;

/** Is `name` (a component prop) one that carries a URL? */
export const isUrlPropName = (name: string): boolean => {
  const normalised = normalisedName(name);
  return URL_ATTRIBUTES.has(normalised) || URL_PROP_SUFFIXES.some((suffix) => normalised.endsWith(suffix));
};

/**
 * Elements generated code may not create: they load or run documents, scripts, styles or plugins, or (SVG
 * animation) change attributes on the wall clock, which also makes frames differ between renders.
 */
export const FORBIDDEN_ELEMENTS: ReadonlySet<string> = new Set([
  'iframe',
  'frame',
  'frameset',
  'script',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'link',
  'style',
  'meta',
  'base',
  'form',
  'noscript',
  'template',
  'slot',
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
  'animatecolor',
  'discard',
]);

/** Props refused on every element, whatever their value (normalised names). */
const FORBIDDEN_PROPS: ReadonlySet<string> = new Set(['ref', 'dangerouslysetinnerhtml', 'srcdoc', 'innerhtml', 'outerhtml', 'is']);

/** CSS functions that load what they name. */
const LOADING_CSS_FUNCTIONS: ReadonlySet<string> = new Set([
  'url',
  'src',
  'image',
  'image-set',
  '-webkit-image-set',
  'cross-fade',
  '-webkit-cross-fade',
  'element',
  '-moz-element',
  'paint',
]);

const CSS_FUNCTION = /(-?[a-z_][a-z0-9_-]*)\s*\(/gi;
const CSS_COMMENT = /\/\*[\s\S]*?\*\//g;
const QUOTED = /"([^"]*)"|'([^']*)'/g;

/** The text inside the parentheses that open at `open` (quotes respected), or the rest of the string. */
const argumentOf = (text: string, open: number): string => {
  let depth = 0;
  let quote: string | null = null;
  for (let index = open; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      quote = char === quote ? null : quote;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '(') {
      depth++;
    } else if (char === ')' && --depth === 0) {
      return text.slice(open + 1, index);
    }
  }
  return text.slice(open + 1);
};

const unquote = (text: string): string => {
  const trimmed = text.trim();
  const first = trimmed[0];
  return (first === '"' || first === "'") && trimmed.endsWith(first) ? trimmed.slice(1, -1) : trimmed;
};

/** The job's assets: the only sources media may have. */
export class AssetPolicy {
  readonly sources: ReadonlySet<string>;

  constructor(assets: Iterable<string | null | undefined>) {
    this.sources = new Set([...assets].filter((asset): asset is string => typeof asset === 'string' && asset !== ''));
  }

  /** A key for caches: two policies with the same sources are the same policy. */
  get key(): string {
    return JSON.stringify([...this.sources].sort());
  }

  /** One of the job's assets, or an image inlined as a data: URL (it loads nothing, and runs nothing in <img>). */
  allows(source: string): boolean {
    return this.sources.has(source) || /^data:image\//i.test(source);
  }

  /** Refuses `value` as the source of `where` unless it is one of the job's assets. */
  assertSource(value: unknown, where: string): void {
    if (typeof value !== 'string') {
      throw new SandboxViolation(`${where} must be one of this job's asset URLs (a string), not ${typeof value}`);
    }
    if (!this.allows(value)) {
      throw new SandboxViolation(
        `${where} "${value.slice(0, 120)}" is not one of this job's assets: media may come only from props.images`,
      );
    }
  }

  /**
   * Refuses CSS (a style value, an SVG presentation attribute, a colour handed to a library component) that
   * loads anything but the job's assets or a same-document reference (`url(#clip)`). CSS escapes are refused
   * outright where a function could follow: they spell `url(` past any text match.
   */
  assertCss(text: string, where: string): void {
    if (!text.includes('(')) {
      return;
    }
    if (text.includes('\\')) {
      throw new SandboxViolation(`${where}: CSS escapes (\\) are not allowed next to CSS functions`);
    }
    const css = text.replace(CSS_COMMENT, '');
    for (const match of css.matchAll(CSS_FUNCTION)) {
      const name = match[1].toLowerCase();
      if (!LOADING_CSS_FUNCTIONS.has(name)) {
        continue;
      }
      const argument = argumentOf(css, match.index + match[0].length - 1);
      const references =
        name === 'url' || name === 'src'
          ? [unquote(argument)]
          : [...argument.matchAll(QUOTED)].map((quoted) => quoted[1] ?? quoted[2]);
      for (const reference of references) {
        if (!reference.startsWith('#') && !this.allows(reference)) {
          throw new SandboxViolation(
            `${where}: ${name}() may refer only to this job's assets, not "${reference.slice(0, 120)}"`,
          );
        }
      }
    }
  }

  /** A URL attribute's value: an asset, or (for `href`) a same-document `#id` reference. */
  assertUrlAttribute(name: string, value: unknown, where: string): void {
    const normalised = normalisedName(name);
    if ((normalised === 'href' || normalised === 'xlinkhref') && typeof value === 'string' && /^#[\w-]+$/.test(value)) {
      return;
    }
    this.assertSource(value, `${where} ${name}`);
  }
}

/** The tag of a host element, refused unless it is a plain HTML or SVG element that loads and runs nothing. */
export const assertHostTag = (tag: string): void => {
  if (!/^[a-zA-Z][a-zA-Z0-9]*$/.test(tag)) {
    throw new SandboxViolation(`<${tag.slice(0, 40)}> is not allowed: only plain HTML and SVG elements`);
  }
  if (FORBIDDEN_ELEMENTS.has(tag.toLowerCase())) {
    throw new SandboxViolation(`<${tag}> is not allowed in a video: it loads or runs documents, scripts or styles`);
  }
};

/** Prop names refused on host elements and library or Remotion components. */
export const forbiddenPropReason = (name: string, host: boolean): string | null => {
  const normalised = normalisedName(name);
  if (FORBIDDEN_PROPS.has(normalised)) {
    return normalised === 'ref'
      ? 'a composition does not touch DOM nodes'
      : 'raw HTML and documents can load and run anything';
  }
  if (name.startsWith('__ppr')) {
    return 'it is reserved for the sandbox';
  }
  // Event handlers hand out DOM events and nodes (and through them the page's window).
  if (host ? normalised.startsWith('on') : /^on[A-Z]/.test(name)) {
    return 'event handlers reach DOM nodes';
  }
  return null;
};
