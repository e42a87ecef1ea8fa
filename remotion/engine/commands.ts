import { BrowserPool } from './browser';
import { ensureBundle } from './bundle';
import { compileTsx } from './compile';
import { listCompositions } from './compositions';
import {
  EngineError,
  isNumber,
  isObject,
  isString,
  optional,
  param,
  type Handler,
  type Request,
} from './protocol';
import { SerialQueue } from './queue';
import { libraryReference } from './reference';
import { renderStillFrame, renderVideo, type RenderOptions, type SizeOverride } from './render';
import { handleValidate } from './validate/request';
import { DEFAULT_FRAME_TIMEOUT_MS, PAGE_HEAP_MB, recoveries } from './watchdog';

const X264_PRESETS = new Set(['ultrafast', 'superfast', 'veryfast', 'faster', 'fast', 'medium']);

const isFrameRange = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && value.every((item) => Number.isInteger(item) && item >= 0) && value[0] <= value[1];

const sizeOf = (request: Request): SizeOverride => {
  const width = param(request, 'width', optional(isNumber));
  const height = param(request, 'height', optional(isNumber));
  if (width === undefined || width === null || height === undefined || height === null) {
    return null;
  }
  if (width < 2 || height < 2 || width % 2 !== 0 || height % 2 !== 0) {
    throw new EngineError('bad_request', `${request.cmd}: width and height must be even numbers of 2 or more`);
  }
  return { width, height };
};

const isPositiveInteger = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

export const createCommands = (pool: BrowserPool): Record<string, Handler> => {
  const browserWork = new SerialQueue();
  // Validations share one warm TypeScript project that each one updates to its own code and then queries
  // across awaits: two at once (two workers of one server) would answer about each other's code.
  const validations = new SerialQueue();

  const allowOrigins = (request: Request): void => {
    for (const origin of param(request, 'allowedOrigins', optional(isStringArray)) ?? []) {
      try {
        pool.guard.allowOrigin(origin);
      } catch (error) {
        throw new EngineError('bad_request', (error as Error).message);
      }
    }
  };

  return {
    // The watchdog's limits, and how it recovered from hung or crashed frames so far (tabs closed, browsers
    // replaced): the Node process itself never changes for a frame.
    ping: async () => ({
      pong: true,
      pid: process.pid,
      frameTimeoutMs: DEFAULT_FRAME_TIMEOUT_MS,
      pageHeapMb: PAGE_HEAP_MB,
      recoveries: { ...recoveries },
    }),

    bundle: async () => ensureBundle(),

    compositions: async (request) => browserWork.run(() => listCompositions(pool, request.withProps === true)),

    compile: async (request) => compileTsx(param(request, 'code', isString)),

    still: async (request) => {
      allowOrigins(request);
      const format = param(request, 'imageFormat', optional(isString)) ?? 'png';
      if (format !== 'png' && format !== 'jpeg') {
        throw new EngineError('bad_request', 'still: imageFormat must be "png" or "jpeg"');
      }
      const options = {
        composition: param(request, 'composition', isString),
        inputProps: param(request, 'inputProps', optional(isObject)) ?? {},
        size: sizeOf(request),
        frame: param(request, 'frame', isNumber),
        out: param(request, 'out', isString),
        scale: param(request, 'scale', optional(isNumber)) ?? 1,
        imageFormat: format as 'png' | 'jpeg',
        frameTimeoutMs: param(request, 'frameTimeoutMs', optional(isPositiveInteger)) ?? DEFAULT_FRAME_TIMEOUT_MS,
      };
      return browserWork.run(() => renderStillFrame(pool, options));
    },

    render: async (request, emit) => {
      allowOrigins(request);
      const preset = param(request, 'x264Preset', optional(isString)) ?? 'veryfast';
      if (!X264_PRESETS.has(preset)) {
        throw new EngineError('bad_request', `render: x264Preset must be one of ${[...X264_PRESETS].join(', ')}`);
      }
      const options: RenderOptions = {
        composition: param(request, 'composition', isString),
        inputProps: param(request, 'inputProps', optional(isObject)) ?? {},
        size: sizeOf(request),
        out: param(request, 'out', isString),
        scale: param(request, 'scale', optional(isNumber)) ?? 1,
        frameRange: param(request, 'frameRange', optional(isFrameRange)) ?? null,
        crf: param(request, 'crf', optional(isNumber)) ?? 18,
        x264Preset: preset as RenderOptions['x264Preset'],
        concurrency: param(request, 'concurrency', optional(isNumber)) ?? 1,
        frameTimeoutMs: param(request, 'frameTimeoutMs', optional(isPositiveInteger)) ?? DEFAULT_FRAME_TIMEOUT_MS,
        muted: request.muted === true,
        keyframeInterval: param(request, 'keyframeInterval', optional(isPositiveInteger)) ?? null,
        transportStream: request.transportStream === true,
      };
      return browserWork.run(() => renderVideo(pool, options, emit));
    },

    blockedRequests: async () => ({ blocked: pool.guard.blockedRequests }),

    validate: async (request) => validations.run(() => handleValidate(request)),

    reference: async () => libraryReference(),
  };
};
