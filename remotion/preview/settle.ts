// Waiting until a seeked frame is what a viewer would see: the frame committed, fonts and images loaded, painted.

export const nextAnimationFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves once `done()` holds, checking every animation frame; rejects after `timeoutMs`. */
export const waitUntil = async (done: () => boolean, timeoutMs: number, what: string): Promise<void> => {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await nextAnimationFrame();
  }
};

/** Waits for every <img> inside `root` to finish (loaded or failed); gives up quietly after `timeoutMs`. */
export const imagesSettled = async (root: HTMLElement, timeoutMs: number): Promise<void> => {
  const pending = (): HTMLImageElement[] => [...root.querySelectorAll('img')].filter((image) => !image.complete);
  try {
    await waitUntil(() => pending().length === 0, timeoutMs, 'images');
  } catch {
    // An image that never finishes is reported as broken by the inspection, not as a failed seek.
  }
};

export const twoAnimationFrames = async (): Promise<void> => {
  await nextAnimationFrame();
  await nextAnimationFrame();
};
