import type { Box, FrameReport, ImageElement, TextElement } from './frameReport';
import { FontAvailability, splitFontFamilies } from './fontFamilies';

// Below this opacity an element and everything inside it counts as not shown at this frame.
const INVISIBLE_OPACITY = 0.02;
// A painted box at least this opaque hides the text under it.
const OPAQUE = 0.6;
// A box covering this share of the frame is a background, not a card the text belongs to.
const BACKGROUND_SHARE = 0.9;
const SAMPLES_PER_LINE = [0.2, 0.5, 0.8];
const SVG_SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'polygon', 'polyline', 'line']);
const MEDIA = new Set(['IMG', 'VIDEO', 'CANVAS']);

type Rgba = [number, number, number, number];

const parseColor = (value: string): Rgba | null => {
  const match = value.match(/^rgba?\(([^)]+)\)$/);
  if (!match) {
    return null;
  }
  const parts = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  if (parts.length < 3 || parts.some((part) => Number.isNaN(part))) {
    return null;
  }
  return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
};

const alphaOf = (value: string): number => parseColor(value)?.[3] ?? (value === 'transparent' ? 0 : 1);

const round = (value: number): number => Math.round(value * 10) / 10;

const unionOf = (boxes: Box[]): Box => {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
};

const intersect = (a: Box, b: Box): Box => {
  const left = Math.max(a.x, b.x);
  const top = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return { x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
};

const UNBOUNDED = 1e7;

class FrameInspector {
  private readonly origin: DOMRect;
  private readonly opacities = new Map<Element, number>();
  private readonly texts: TextElement[] = [];
  private readonly images: ImageElement[] = [];
  private readonly backgroundImages: { src: string; rect: Box }[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly fonts: FontAvailability,
    private readonly width: number,
    private readonly height: number,
  ) {
    this.origin = root.getBoundingClientRect();
  }

  private toFrame(rect: DOMRect | Box): Box {
    return {
      x: round(rect.x - this.origin.x),
      y: round(rect.y - this.origin.y),
      width: round(rect.width),
      height: round(rect.height),
    };
  }

  private scaleOf(element: Element): [number, number] {
    const rect = element.getBoundingClientRect();
    if (element instanceof HTMLElement && element.offsetWidth > 0 && element.offsetHeight > 0) {
      return [rect.width / element.offsetWidth, rect.height / element.offsetHeight];
    }
    if (element instanceof SVGGraphicsElement) {
      const box = element.getBBox();
      if (box.width > 0 && box.height > 0) {
        return [rect.width / box.width, rect.height / box.height];
      }
    }
    return [1, 1];
  }

  private opacityOf(element: Element): number {
    const known = this.opacities.get(element);
    if (known !== undefined) {
      return known;
    }
    const own = Number(getComputedStyle(element).opacity);
    const parent = element.parentElement;
    const value = own * (parent && element !== this.root ? this.opacityOf(parent) : 1);
    this.opacities.set(element, value);
    return value;
  }

  run(frame: number): Omit<FrameReport, 'errors' | 'settleMs' | 'inspectMs'> {
    this.walk(this.root, 1);
    return {
      frame,
      width: this.width,
      height: this.height,
      texts: this.texts,
      images: this.images,
      backgroundImages: this.backgroundImages,
      failedFontFaces: [...document.fonts].filter((face) => face.status === 'error').map((face) => face.family),
    };
  }

  private walk(element: Element, parentOpacity: number): void {
    const style = getComputedStyle(element);
    if (style.display === 'none') {
      return;
    }
    const opacity = parentOpacity * Number(style.opacity);
    this.opacities.set(element, opacity);
    if (opacity < INVISIBLE_OPACITY) {
      return;
    }
    const shown = style.visibility !== 'hidden';
    if (shown) {
      this.recordMedia(element, style, opacity);
      this.recordText(element, style, opacity);
    }
    for (const child of element.children) {
      this.walk(child, opacity);
    }
  }

  private recordMedia(element: Element, style: CSSStyleDeclaration, opacity: number): void {
    if (element instanceof HTMLImageElement) {
      const rect = element.getBoundingClientRect();
      this.images.push({
        src: element.currentSrc || element.getAttribute('src') || '',
        rect: this.toFrame(rect),
        loaded: element.complete && element.naturalWidth > 0,
        opacity,
      });
    }
    if (style.backgroundImage.includes('url(')) {
      const rect = this.toFrame(element.getBoundingClientRect());
      for (const match of style.backgroundImage.matchAll(/url\("?([^")]+)"?\)/g)) {
        if (!match[1].startsWith('data:')) {
          this.backgroundImages.push({ src: match[1], rect });
        }
      }
    }
  }

  private recordText(element: Element, style: CSSStyleDeclaration, opacity: number): void {
    const textNodes = [...element.childNodes].filter(
      (node): node is Text => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
    );
    if (textNodes.length === 0) {
      return;
    }
    const gradientFill = style.backgroundClip === 'text' || style.getPropertyValue('-webkit-background-clip') === 'text';
    const strokeWidth = parseFloat(style.getPropertyValue('-webkit-text-stroke-width')) || 0;
    const fill = style.getPropertyValue('-webkit-text-fill-color') || style.color;
    const fillAlpha = alphaOf(fill);
    if (fillAlpha === 0 && !gradientFill && strokeWidth === 0) {
      return;
    }
    const lines: Box[] = [];
    const range = document.createRange();
    for (const node of textNodes) {
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width > 0.5 && rect.height > 0.5) {
          lines.push(this.toFrame(rect));
        }
      }
    }
    if (lines.length === 0) {
      return;
    }
    const [, scaleY] = this.scaleOf(element);
    const families = splitFontFamilies(style.fontFamily);
    const rect = unionOf(lines);
    const occlusion = this.occlusionOf(element, lines);
    this.texts.push({
      index: this.texts.length,
      text: textNodes
        .map((node) => node.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
      lines,
      rect,
      fontSize: round(parseFloat(style.fontSize) * scaleY),
      fontWeight: Number(style.fontWeight) || 400,
      scale: Math.round(scaleY * 1000) / 1000,
      color: gradientFill || fillAlpha === 0 ? null : parseColor(fill),
      opacity: Math.round(opacity * 1000) / 1000,
      families,
      ...this.fonts.resolve(families),
      clipRect: this.clipRectOf(element),
      truncated: this.isTruncated(element),
      boxRect: this.boxRectOf(element),
      occludedFraction: occlusion.fraction,
      occludedBy: occlusion.by,
    });
  }

  /** The visible region left by every ancestor that clips overflow, up to the composition root. */
  private clipRectOf(element: Element): Box | null {
    let clip: Box | null = null;
    for (let current: Element | null = element; current && current !== this.root; current = current.parentElement) {
      const style = getComputedStyle(current);
      const clipsX = style.overflowX !== 'visible';
      const clipsY = style.overflowY !== 'visible';
      if (!clipsX && !clipsY) {
        continue;
      }
      const rect = current.getBoundingClientRect();
      const [sx, sy] = this.scaleOf(current);
      const padding = this.toFrame({
        x: rect.x + current.clientLeft * sx,
        y: rect.y + current.clientTop * sy,
        width: current.clientWidth * sx,
        height: current.clientHeight * sy,
      });
      if (padding.x <= 0.5 && padding.y <= 0.5 && padding.x + padding.width >= this.width - 0.5 && padding.y + padding.height >= this.height - 0.5) {
        // The player's own frame: text cut there is outside the frame, which the overflow check reports.
        continue;
      }
      const region: Box = {
        x: clipsX ? padding.x : -UNBOUNDED,
        y: clipsY ? padding.y : -UNBOUNDED,
        width: clipsX ? padding.width : 2 * UNBOUNDED,
        height: clipsY ? padding.height : 2 * UNBOUNDED,
      };
      clip = clip ? intersect(clip, region) : region;
    }
    return clip;
  }

  private isTruncated(element: Element): boolean {
    for (let current: Element | null = element, depth = 0; current && depth < 3; current = current.parentElement, depth++) {
      const style = getComputedStyle(current);
      const clamped = style.getPropertyValue('-webkit-line-clamp') !== 'none' && current.scrollHeight > current.clientHeight + 1;
      const ellipsis = style.textOverflow === 'ellipsis' && current.scrollWidth > current.clientWidth + 1;
      if (clamped || ellipsis) {
        return true;
      }
    }
    return false;
  }

  private drawsBox(style: CSSStyleDeclaration): boolean {
    if (alphaOf(style.backgroundColor) >= 0.1 || (style.backgroundImage !== 'none' && style.backgroundClip !== 'text')) {
      return true;
    }
    return (['Top', 'Right', 'Bottom', 'Left'] as const).some(
      (side) =>
        parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1 &&
        alphaOf(style.getPropertyValue(`border-${side.toLowerCase()}-color`)) >= 0.1,
    );
  }

  /** The nearest card, pill or panel drawn around the text (not a full-frame background). */
  private boxRectOf(element: Element): Box | null {
    const frameArea = this.width * this.height;
    for (let current: Element | null = element; current && current !== this.root; current = current.parentElement) {
      if (!this.drawsBox(getComputedStyle(current))) {
        continue;
      }
      const rect = this.toFrame(current.getBoundingClientRect());
      if (rect.width * rect.height >= BACKGROUND_SHARE * frameArea) {
        return null;
      }
      return rect;
    }
    return null;
  }

  private paintsOpaque(element: Element): boolean {
    if (this.opacityOf(element) < OPAQUE) {
      return false;
    }
    if (MEDIA.has(element.tagName) || SVG_SHAPES.has(element.tagName.toLowerCase())) {
      return true;
    }
    const rect = element.getBoundingClientRect();
    if (rect.width * rect.height >= BACKGROUND_SHARE * this.width * this.height) {
      // A full-frame layer on top is a tint or a transition; the contrast check measures what it does to the text.
      return false;
    }
    const style = getComputedStyle(element);
    // Gradients are mostly glows and vignettes with transparent parts: only photos and solid fills count.
    return alphaOf(style.backgroundColor) >= OPAQUE || style.backgroundImage.includes('url(');
  }

  /** Samples points along each line; counts those where something opaque that is not part of the text is on top. */
  private occlusionOf(element: Element, lines: Box[]): { fraction: number; by: string | null } {
    let samples = 0;
    let covered = 0;
    let by: Element | null = null;
    for (const line of lines) {
      for (const share of SAMPLES_PER_LINE) {
        const x = this.origin.x + line.x + line.width * share;
        const y = this.origin.y + line.y + line.height / 2;
        if (x < this.origin.x || y < this.origin.y || x >= this.origin.x + this.width || y >= this.origin.y + this.height) {
          continue;
        }
        samples++;
        for (const hit of document.elementsFromPoint(x, y)) {
          if (hit === element || element.contains(hit) || hit.contains(element)) {
            break;
          }
          if (this.paintsOpaque(hit)) {
            covered++;
            by = by ?? hit;
            break;
          }
        }
      }
    }
    const label = by ? (by.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60) || `<${by.tagName.toLowerCase()}>` : null;
    return { fraction: samples === 0 ? 0 : Math.round((covered / samples) * 100) / 100, by: label };
  }
}

export const inspectFrame = (
  root: HTMLElement,
  fonts: FontAvailability,
  frame: number,
  width: number,
  height: number,
): Omit<FrameReport, 'errors' | 'settleMs' | 'inspectMs'> => new FrameInspector(root, fonts, width, height).run(frame);
