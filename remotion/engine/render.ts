import { makeCancelSignal, renderMedia, renderStill } from '@remotion/renderer';
import type { BrowserPool } from './browser';
import { resolveComposition } from './compositions';
import { SANDBOXED_CHROMIUM } from './paths';
import { EngineError, type Emit } from './protocol';
import { RuntimeErrorLog } from './runtimeErrors';
import { FrameWatch, remotionTimeout } from './watchdog';

// Frames are captured by painting the page into a bitmap (Page.captureScreenshot with fromSurface false), as
// Remotion Lambda does on Linux, instead of copying the compositor's surface: measured on 2 cores, 99 -> 55 ms of
// capture a frame for a template, at any scale. The pixels are the same at scale 1 and differ at scale 0.5 only on
// a few antialiased edges (at most 11/255). Remotion reads the variable at every capture.
process.env.DISABLE_FROM_SURFACE ??= '1';

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
 * Renders an MP4 with the warm browser. A FrameWatch bounds every frame (see watchdog.ts): a frame that hangs or
 * crashes its page cancels the render, its page is closed, and the error names the frame.
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
  const [first, last] = options.frameRange ?? [0, composition.durationInFrames - 1];
  const total = last - first + 1;
  const errors = new RuntimeErrorLog();
  const { cancelSignal, cancel } = makeCancelSignal();
  const browser = await pool.get();
  // One tab draws the frames in order, so the frame being drawn is the first one not yet rendered (with more
  // tabs it is the earliest that may be hanging).
  const watch = new FrameWatch(browser, options.frameTimeoutMs, first, cancel);
  let lastRendered = 0;
  let lastEmit = 0;
  try {
    await renderMedia({
      serveUrl,
      composition,
      inputProps: options.inputProps,
      codec: options.transportStream ? 'h264-ts' : 'h264',
      ffmpegOverride: options.keyframeInterval ? forceKeyframes(options.keyframeInterval, first) : undefined,
      outputLocation: options.out,
      overwrite: true,
      scale: options.scale,
      frameRange: options.frameRange,
      crf: options.crf,
      x264Preset: options.x264Preset,
      concurrency: options.concurrency,
      muted: options.muted,
      puppeteerInstance: browser,
      // Only used if Remotion replaced a crashed browser by itself: never a browser outside the sandbox.
      browserExecutable: SANDBOXED_CHROMIUM,
      chromiumOptions: { gl: null },
      port: pool.remotionPort,
      timeoutInMilliseconds: remotionTimeout(options.frameTimeoutMs),
      cancelSignal,
      logLevel: 'error',
      onBrowserLog: errors.onBrowserLog,
      onProgress: ({ renderedFrames, encodedFrames, progress, stitchStage }) => {
        if (renderedFrames !== lastRendered) {
          lastRendered = renderedFrames;
          if (renderedFrames >= total) {
            watch.done();
          } else {
            watch.drawing(first + renderedFrames);
          }
        }
        if (Date.now() - lastEmit > 100 || progress === 1) {
          lastEmit = Date.now();
          emit({ renderedFrames, encodedFrames, progress, stage: stitchStage });
        }
      },
    });
  } catch (error) {
    const frameError = watch.frameError(error);
    if (frameError) {
      await watch.recover(pool);
      throw frameError;
    }
    throw new EngineError('render_failed', errorMessage(error), frameOf(error));
  } finally {
    watch.dispose();
  }
  return {
    path: options.out,
    frames: total,
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
  const browser = await pool.get();
  const watch = new FrameWatch(browser, options.frameTimeoutMs, options.frame, cancel);
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
      puppeteerInstance: browser,
      browserExecutable: SANDBOXED_CHROMIUM,
      chromiumOptions: { gl: null },
      port: pool.remotionPort,
      timeoutInMilliseconds: remotionTimeout(options.frameTimeoutMs),
      cancelSignal,
      logLevel: 'error',
      onBrowserLog: errors.onBrowserLog,
    });
  } catch (error) {
    const frameError = watch.frameError(error);
    if (frameError) {
      await watch.recover(pool);
      throw frameError;
    }
    throw new EngineError('render_failed', errorMessage(error), options.frame);
  } finally {
    watch.dispose();
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
