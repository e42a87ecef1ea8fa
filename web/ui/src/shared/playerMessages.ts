// What the Studio page and its sandboxed Player iframe say to each other with postMessage (the iframe's origin
// is opaque: postMessage is the only way in or out).

/** GET /api/videos/{id}/preview: the compiled composition and its props. */
export type PreviewInput = {
  code: string;
  props: Record<string, unknown>;
  width: number;
  height: number;
  fps: number;
  durationInFrames: number;
};

/** Page -> Player. */
export type ToPlayer = { type: 'load'; preview: PreviewInput };

/** Player -> page. */
export type FromPlayer =
  | { type: 'booted' }
  | { type: 'painted'; frame: number }
  | { type: 'state'; playing: boolean; frame: number }
  | { type: 'error'; message: string };

export const isFromPlayer = (data: unknown): data is FromPlayer =>
  typeof data === 'object' &&
  data !== null &&
  ['booted', 'painted', 'state', 'error'].includes((data as { type?: unknown }).type as string);
