// What a frame will look like, as a hash of the composition's DOM at that frame: elements, attributes, inline
// styles and text. Given the same stylesheets, fonts, asset files and frame size, two frames with the same hash
// paint the same pixels, so a render can take such frames from an earlier version instead of painting them.
// Elements whose pixels or sound the DOM does not describe (canvas, media, embedded documents) are reported
// instead: a composition that has them cannot reuse frames.
import type { PlayerRef } from '@remotion/player';
import { flushSync } from 'react-dom';

export type FrameFingerprints = {
  hashes: string[];
  opaqueElements: string[];
  ms: number;
};

const OPAQUE_TAGS = ['canvas', 'video', 'audio', 'iframe', 'object', 'embed'];

const hex = (buffer: ArrayBuffer): string =>
  [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * The markup without what changes between two showings of the same frame: element ids become their position
 * among the ids (React's useId() values count mounts since the page opened), and the asset server's origin, whose
 * port changes with every process, becomes a token (asset files are named by their content).
 */
const canonicalMarkup = (root: HTMLElement, assetOrigins: readonly string[]): string => {
  const ids = [...new Set([...root.querySelectorAll('[id]')].map((element) => element.id))].filter(Boolean);
  let markup = root.innerHTML;
  assetOrigins.forEach((origin, position) => {
    markup = markup.split(origin).join(`\u0000asset${position}\u0000`);
  });
  // Longest first, so that an id never rewrites part of a longer one.
  ids
    .map((id, position) => ({ id, position }))
    .sort((a, b) => b.id.length - a.id.length)
    .forEach(({ id, position }) => {
      markup = markup.split(id).join(`\u0000id${position}\u0000`);
    });
  return markup;
};

/** Hashes of frames first..last, seeking one frame after the other as a render does. */
export const fingerprintFrames = async (
  player: PlayerRef,
  root: HTMLElement,
  first: number,
  last: number,
  assetOrigins: readonly string[],
): Promise<FrameFingerprints> => {
  const started = performance.now();
  const encoder = new TextEncoder();
  const digests: Promise<ArrayBuffer>[] = [];
  const opaque = new Set<string>();
  for (let frame = first; frame <= last; frame++) {
    // flushSync commits the seek, and the layout effects it sets off, before the DOM is read.
    flushSync(() => player.seekTo(frame));
    if (player.getCurrentFrame() !== frame) {
      throw new Error(`the player did not move to frame ${frame}`);
    }
    OPAQUE_TAGS.filter((tag) => root.getElementsByTagName(tag).length > 0).forEach((tag) => opaque.add(tag));
    digests.push(crypto.subtle.digest('SHA-256', encoder.encode(canonicalMarkup(root, assetOrigins))));
  }
  const hashes = (await Promise.all(digests)).map((digest) => hex(digest).slice(0, 32));
  return { hashes, opaqueElements: [...opaque].sort(), ms: Math.round(performance.now() - started) };
};
