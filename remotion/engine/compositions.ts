import { getCompositions, selectComposition } from '@remotion/renderer';
import type { BrowserPool } from './browser';
import { ensureBundle } from './bundle';
import { EngineError } from './protocol';

export const listCompositions = async (pool: BrowserPool, withProps = false) => {
  const { serveUrl } = await ensureBundle();
  const compositions = await getCompositions(serveUrl, {
    puppeteerInstance: await pool.get(),
    port: pool.remotionPort,
    logLevel: 'error',
  });
  return compositions.map(({ id, width, height, fps, durationInFrames, props }) => ({
    id,
    width,
    height,
    fps,
    durationInFrames,
    ...(withProps ? { props } : {}),
  }));
};

export const resolveComposition = async (
  pool: BrowserPool,
  id: string,
  inputProps: Record<string, unknown>,
  timeoutInMilliseconds: number,
) => {
  const { serveUrl } = await ensureBundle();
  try {
    const composition = await selectComposition({
      serveUrl,
      id,
      inputProps,
      puppeteerInstance: await pool.get(),
      port: pool.remotionPort,
      logLevel: 'error',
      timeoutInMilliseconds,
    });
    return { serveUrl, composition };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/Could not find composition/i.test(message)) {
      throw new EngineError('unknown_composition', `no composition with the id "${id}"`);
    }
    throw new EngineError('composition_error', message);
  }
};
