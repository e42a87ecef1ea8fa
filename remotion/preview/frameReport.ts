// What the preview page reports about one frame. agent/stills/dom.py mirrors these types field for field.

export type Box = { x: number; y: number; width: number; height: number };

export type TextElement = {
  /** Position of the element in document order, for pairing issues with elements. */
  index: number;
  /** The element's own text (its direct text nodes), whitespace collapsed. */
  text: string;
  /** One rectangle per line fragment of the text, in frame pixels (transforms applied). */
  lines: Box[];
  /** The union of `lines`. */
  rect: Box;
  /** Font size in frame pixels: the computed size times the element's scale. */
  fontSize: number;
  fontWeight: number;
  /** How much transforms shrink or grow the element right now (1 = its layout size). */
  scale: number;
  /** Computed text colour as [r, g, b, a] (0-255, alpha 0-1); null when the fill is a gradient or transparent. */
  color: [number, number, number, number] | null;
  /** Product of the opacities of the element and its ancestors. */
  opacity: number;
  /** Font families of the computed font-family list, in order, without quotes. */
  families: string[];
  /** The first family of the list that is installed (or a generic family), i.e. the one the text uses. */
  usedFamily: string | null;
  /** Families listed before `usedFamily` that are not installed. */
  missingFamilies: string[];
  /** Padding box of the nearest ancestor (or the element) that clips its content, if any. */
  clipRect: Box | null;
  /** The text is cut by line-clamp or ellipsis inside its own box. */
  truncated: boolean;
  /** Border box of the nearest ancestor (or the element) that draws a visible box (background or border). */
  boxRect: Box | null;
  /** Share of sample points on the text where an opaque element that is not part of it is painted on top. */
  occludedFraction: number;
  /** Text of the element painted over it, when `occludedFraction` > 0. */
  occludedBy: string | null;
};

export type ImageElement = {
  src: string;
  rect: Box;
  loaded: boolean;
  opacity: number;
};

export type PageError = {
  /** 'render' = DynamicVideo's PPR_RENDER_ERROR report, 'exception' = uncaught, 'console' = console.error. */
  source: 'render' | 'exception' | 'console';
  message: string;
  /** The frame the error was reported at, when known. */
  frame: number | null;
};

export type FrameReport = {
  frame: number;
  width: number;
  height: number;
  texts: TextElement[];
  images: ImageElement[];
  /** URLs of CSS background images in use, with the box that shows them. */
  backgroundImages: { src: string; rect: Box }[];
  /** Font faces the page tried to load and could not. */
  failedFontFaces: string[];
  errors: PageError[];
  /** Milliseconds spent waiting for the frame to settle and inspecting it. */
  settleMs: number;
  inspectMs: number;
};
