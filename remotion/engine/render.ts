import { makeCancelSignal, renderMedia, renderStill } from '@remotion/renderer';
import type { BrowserPool } from './browser';
import { resolveComposition } from './compositions';
import { EngineError, type Emit } from './protocol';
import { RuntimeErrorLog } from './runtimeErrors';

/** Width and height that replace the composition's own (its layout adapts through useVideoConfig). */
export type SizeOverride = { width: number; height: number } | null;

const resized = <T extends { width: number; height: number }>(composition: T, size: SizeOverride): T =>
  size ? { ...composition, ...size } : composition;

export interface RenderOptions {
  composition: string;
  inputProps: Record<string, unknown>;
  size: SizeOverride;
  out: string;
  scale: number;
  frameRange: [number, number] | null;
  crf: number;
  x264Preset: 'ultrafast' | 'superfast' | 'veryfast' | 'faster' | 'fast' | 'medium';
  concurrency: number;
  frameTimeoutMs: number;
  muted: boolean;
  /** A keyframe (IDR) on every frame whose index in the composition is a multiple of this. */
  keyframeInterval: number | null;
  /** MPEG-TS instead of MP4: a piece of a longer video that is joined with others afterwards. */
  transportStream: boolean;
}

/**
 * Adds forced keyframes to the ffmpeg step that encodes the frames (not to a step that only copies the stream).
 * Frame n of the output is frame n + first of the composition: the interval counts from the composition's start.
 */
const forceKeyframes =
  (interval: number, first: number) =>
  ({ args }: { type: string; args: string[] }): string[] => {
    const codecAt = args.indexOf('-c:v');
    if (codecAt < 0 || args[codecAt + 1] === 'copy') {
      return args;
    }
    const expression = `expr:eq(mod(n+${first},${interval}),0)`;
    return [...args.slice(0, codecAt + 2), '-force_key_frames', expression, ...args.slice(codecAt + 2)];
  };

// Remotion refuses timeouts under 7 s; a shorter frameTimeoutMs is enforced by the watchdogs below.
const REMOTION_MIN_TIMEOUT_MS = 7000;
const remotionTimeout = (frameTimeoutMs: number): number => Math.max(frameTimeoutMs, REMOTION_MIN_TIMEOUT_MS);

const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const frameOf = (error: unknown): number | undefined => {
  const frame = (error as { frame?: unknown }).frame;
  if (typeof frame === 'number') {
    return frame;
  }
  const match = /frame (\d+)/i.exec(errorMessage(error));
  return match ? Number(match[1]) : undefined;
};

/**
 * Renders an MP4 with the warm browser. A watchdog cancels the render when no frame finishes within
 * frameTimeoutMs (an endless loop blocks the page, and Remotion alone would wait forever), then discards the
 * hung browser so the next request gets a fresh one.
 */
export const renderVideo = async (pool: BrowserPool, options: RenderOptions, emit: Emit) => {
  const started = Date.now();
  const { serveUrl, composition: selected } = await resolveComposition(
    pool,
    options.composition,
    options.inputProps,
    remotionTimeout(options.frameTimeoutMs),
  );
  const composition = resized(selected, options.size);
  const errors = new RuntimeErrorLog();
  const { cancelSignal, cancel } = makeCancelSignal();
  let lastRendered = -1;
  let lastChange = Date.now();
  let lastEmit = 0;
  let timedOut = false;
  const watchdog = setInterval(() => {
    if (Date.now() - lastChange > options.frameTimeoutMs) {
      timedOut = true;
      cancel();
    }
  }, 250);
  try {
    await renderMedia({
      serveUrl,
      composition,
      inputProps: options.inputProps,
      codec: options.transportStream ? 'h264-ts' : 'h264',
      ffmpegOverride: options.keyframeInterval
        ? forceKeyframes(options.keyframeInterval, options.frameRange?.[0] ?? 0)
        : undefined,
      outputLocation: options.out,
      overwrite: true,
      scale: options.scale,
      frameRange: options.frameRange,
      crf: options.crf,
      x264Preset: options.x264Preset,
      concurrency: options.concurrency,
      muted: options.muted,
      puppeteerInstance: await pool.get(),
      port: pool.remotionPort,
      timeoutInMilliseconds: remotionTimeout(options.frameTimeoutMs),
      cancelSignal,
      logLevel: 'error',
      onBrowserLog: errors.onBrowserLog,
      onProgress: ({ renderedFrames, encodedFrames, progress, stitchStage }) => {
        if (renderedFrames !== lastRendered) {
          lastRendered = renderedFrames;
          lastChange = Date.now();
        }
        if (Date.now() - lastEmit > 100 || progress === 1) {
          lastEmit = Date.now();
          emit({ renderedFrames, encodedFrames, progress, stage: stitchStage });
        }
      },
    });
  } catch (error) {
    if (timedOut) {
      await pool.discard();
      const frame = Math.max(lastRendered, 0) + (options.frameRange?.[0] ?? 0);
      throw new EngineError(
        'frame_timeout',
        `rendering stopped: frame ${frame} did not finish within ${options.frameTimeoutMs} ms (an endless loop?)`,
        frame,
      );
    }
    throw new EngineError('render_failed', errorMessage(error), frameOf(error));
  } finally {
    clearInterval(watchdog);
  }
  const [first, last] = options.frameRange ?? [0, composition.durationInFrames - 1];
  return {
    path: options.out,
    frames: last - first + 1,
    width: Math.round(composition.width * options.scale),
    height: Math.round(composition.height * options.scale),
    fps: composition.fps,
    durationInFrames: composition.durationInFrames,
    ms: Date.now() - started,
    runtimeErrors: errors.errors,
  };
};

export interface StillOptions {
  composition: string;
  inputProps: Record<string, unknown>;
  size: SizeOverride;
  frame: number;
  out: string;
  scale: number;
  imageFormat: 'png' | 'jpeg';
  frameTimeoutMs: number;
}

export const renderStillFrame = async (pool: BrowserPool, options: StillOptions) => {
  const started = Date.now();
  const { serveUrl, composition: selected } = await resolveComposition(
    pool,
    options.composition,
    options.inputProps,
    remotionTimeout(options.frameTimeoutMs),
  );
  const composition = resized(selected, options.size);
  if (options.frame < 0 || options.frame >= composition.durationInFrames) {
    throw new EngineError(
      'bad_request',
      `frame ${options.frame} is outside the composition (0-${composition.durationInFrames - 1})`,
    );
  }
  const errors = new RuntimeErrorLog();
  const { cancelSignal, cancel } = makeCancelSignal();
  let timedOut = false;
  const watchdog = setTimeout(() => {
    timedOut = true;
    cancel();
  }, options.frameTimeoutMs);
  try {
    await renderStill({
      serveUrl,
      composition,
      inputProps: options.inputProps,
      frame: options.frame,
      output: options.out,
      overwrite: true,
      scale: options.scale,
      imageFormat: options.imageFormat,
      puppeteerInstance: await pool.get(),
      port: pool.remotionPort,
      timeoutInMilliseconds: remotionTimeout(options.frameTimeoutMs),
      cancelSignal,
      logLevel: 'error',
      onBrowserLog: errors.onBrowserLog,
    });
  } catch (error) {
    if (timedOut) {
      await pool.discard();
      throw new EngineError(
        'frame_timeout',
        `frame ${options.frame} did not finish within ${options.frameTimeoutMs} ms (an endless loop?)`,
        options.frame,
      );
    }
    throw new EngineError('render_failed', errorMessage(error), options.frame);
  } finally {
    clearTimeout(watchdog);
  }
  return {
    path: options.out,
    frame: options.frame,
    width: Math.round(composition.width * options.scale),
    height: Math.round(composition.height * options.scale),
    ms: Date.now() - started,
    runtimeErrors: errors.errors,
  };
};
