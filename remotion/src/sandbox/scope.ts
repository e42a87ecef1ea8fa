// The only names a generated module can see at run time: the modules it may import and the globals of its
// Compartment. Nothing else exists there (no window, document, fetch, eval, Function, Date, Intl...).
// engine/validate/allowlists.ts reads ALLOWED_MODULES, ALLOWED_GLOBALS and WITHHELD_REMOTION_EXPORTS from this file
// (their keys and entries, as written here), so the static checks and the runtime cannot drift apart.
import React from 'react';
import * as Remotion from 'remotion';
import * as Library from '../library';
import type { ElementGuard } from './elements';
import { mediaExports } from './media';
import { SandboxViolation, type AssetPolicy } from './policy';

/** What a realm's endowments are built from: its element guard, its asset policy and its modules. */
export interface RealmParts {
  guard: ElementGuard;
  policy: AssetPolicy;
  /** The realm's own instance of an allowed module (the React global is its `react` module). */
  module: (specifier: string) => object;
}

/** Remotion exports handed to generated code as they are (they load nothing and reach nothing outside). */
const PASSED_REMOTION_EXPORTS = [
  'AbsoluteFill',
  'Sequence',
  'Series',
  'Loop',
  'Freeze',
  'interpolate',
  'interpolateColors',
  'assertValidInterpolateEasingOption',
  'assertValidInterpolatePosterizeOption',
  'Easing',
  'useCurrentFrame',
  'useCurrentScale',
  'VERSION',
] as const satisfies readonly (keyof typeof Remotion)[];

type WrappedRemotionExport =
  | keyof ReturnType<typeof mediaExports>
  | 'random'
  | 'spring'
  | 'measureSpring'
  | 'useVideoConfig';
type WithheldRemotionExport = Exclude<keyof typeof Remotion, (typeof PASSED_REMOTION_EXPORTS)[number] | WrappedRemotionExport>;

/**
 * Remotion exports generated code does not get: internals, registration and configuration, other documents
 * (IFrame), downloads and files (prefetch, Artifact, static file lists), waiting for nothing (delayRender and
 * friends: a composition's data arrives as props, and a handle never continued hangs the render), canvas and
 * effect APIs that hand out DOM nodes or drawing contexts, Studio-only helpers, and what tells the still-check
 * page from a render (a composition could show the check one picture and the video another). The media
 * components, staticFile, random and spring are handed over wrapped (media.ts, below).
 */
const WITHHELD_REMOTION_EXPORTS: ReadonlySet<WithheldRemotionExport> = new Set<WithheldRemotionExport>([
  'Internals',
  'IFrame',
  'prefetch',
  'Artifact',
  'registerRoot',
  'getStaticFiles',
  'watchStaticFile',
  'getInputProps',
  'Config',
  'Composition',
  'Still',
  'Folder',
  'FolderContext',
  'delayRender',
  'continueRender',
  'cancelRender',
  'useDelayRender',
  'useBufferState',
  'Experimental',
  'Interactive',
  'HtmlInCanvas',
  'isHtmlInCanvasSupported',
  'HTML_IN_CANVAS_UNSUPPORTED_MESSAGE',
  'CanvasImage',
  'createEffect',
  'Solid',
  'MediaPlaybackError',
  'absoluteFillSchema',
  'getRemotionEnvironment',
  'useRemotionEnvironment',
  'usePixelDensity',
]);

// Reading a withheld export says so (instead of undefined). An export that is in none of the lists (a new one in
// a later Remotion) is simply absent.
const withheldGetters = (): PropertyDescriptorMap =>
  Object.fromEntries(
    [...WITHHELD_REMOTION_EXPORTS].map((name) => [
      name,
      {
        enumerable: false,
        get: (): never => {
          throw new SandboxViolation(`${name} from remotion is not available to generated code`);
        },
      },
    ]),
  );

/** random(seed) as Remotion has it, except that random(null) (a new number every render) throws. */
const randomWithSeed = (seed: unknown, ...rest: unknown[]): number => {
  if (seed === null || seed === undefined) {
    throw new SandboxViolation(
      'random(null) gives another number in every render: pass a seed, such as random(`star-${index}`)',
    );
  }
  if (rest.length > 0) {
    throw new SandboxViolation('random() takes one argument, the seed');
  }
  return Remotion.random(seed as string | number);
};

// spring() steps a spring frame by frame from frame 0, and measureSpring() (which spring() calls when given
// durationInFrames) does that for every frame until the spring settles: its cost grows with the square of the
// frames it takes. A spring that barely loses energy (damping 0.001) would block the page for hours, one stepped to
// frame 10^12 for longer. Both are refused; the library's and the examples' springs settle in under 100 frames.
const MAX_SPRING_FRAMES = 100_000;
const MAX_SETTLE_FRAMES = 900;

type SpringOptions = { fps?: unknown; config?: Partial<Remotion.SpringConfig>; threshold?: unknown };

/**
 * About how many frames the spring takes to come within `threshold` of rest. Remotion moves an underdamped spring
 * (damping ratio under 1) inside an envelope falling at damping / (2 mass) per second, and any other as a
 * critically damped one at sqrt(stiffness / mass); a few more time constants cover the t*e^-t tail.
 */
const settleFrames = ({ fps, config = {}, threshold = 0.005 }: SpringOptions): number => {
  const mass = config.mass ?? 1;
  const stiffness = config.stiffness ?? 100;
  const damping = config.damping ?? 10;
  const undamped = Math.sqrt(stiffness / mass);
  const ratio = damping / (2 * Math.sqrt(stiffness * mass));
  const decayPerSecond = ratio < 1 ? ratio * undamped : undamped;
  return (Number(fps) * (Math.log(1 / Number(threshold)) + 3)) / decayPerSecond;
};

const assertSpringSettles = (options: SpringOptions, call: string): void => {
  if (!(settleFrames(options) <= MAX_SETTLE_FRAMES)) {
    throw new SandboxViolation(
      `${call}: this spring would take more than ${MAX_SETTLE_FRAMES} frames to come to rest (too little damping for its mass and stiffness): use the default config or damping of 1 or more`,
    );
  }
};

const boundedSpring = (options: Parameters<typeof Remotion.spring>[0]): number => {
  const frame = Math.abs(Number(options.frame)) + Math.abs(Number(options.delay ?? 0));
  if (!(frame <= MAX_SPRING_FRAMES)) {
    throw new SandboxViolation(`spring(): frame ${options.frame} is too far from the start (the spring is stepped frame by frame)`);
  }
  if (options.durationInFrames !== undefined) {
    assertSpringSettles({ fps: options.fps, config: options.config, threshold: options.durationRestThreshold }, 'spring()');
  }
  return Remotion.spring(options);
};

const boundedMeasureSpring = (options: Parameters<typeof Remotion.measureSpring>[0]): number => {
  assertSpringSettles(options, 'measureSpring()');
  return Remotion.measureSpring(options);
};

// Remotion's video config also carries the composition's input props (the very objects DynamicVideo reads its
// code and assets from): generated code gets the numbers, frozen.
const videoConfigs = new WeakMap<object, Readonly<Pick<Remotion.VideoConfig, 'id' | 'width' | 'height' | 'fps' | 'durationInFrames'>>>();

const useVideoConfigNumbers = () => {
  const config = Remotion.useVideoConfig();
  let numbers = videoConfigs.get(config);
  if (!numbers) {
    const { id, width, height, fps, durationInFrames } = config;
    numbers = Object.freeze({ id, width, height, fps, durationInFrames });
    videoConfigs.set(config, numbers);
  }
  return numbers;
};

const remotionFor = (parts: RealmParts): object =>
  Object.defineProperties(
    {
      ...Object.fromEntries(PASSED_REMOTION_EXPORTS.map((name) => [name, Remotion[name]])),
      ...mediaExports(parts.policy),
      random: randomWithSeed,
      spring: boundedSpring,
      measureSpring: boundedMeasureSpring,
      useVideoConfig: useVideoConfigNumbers,
    },
    withheldGetters(),
  );

// React exports for generated code; createElement, cloneElement, Children, createContext, memo, forwardRef,
// Component and PureComponent are the element guard's (elements.ts: React never sees a generated class, whose
// instance would hold its fiber and through it DOM nodes). Withheld: lazy, Profiler (timings), ViewTransition,
// act, internals and unstable APIs.
const PASSED_REACT_EXPORTS = [
  'Fragment',
  'Suspense',
  'StrictMode',
  'Activity',
  'isValidElement',
  'createRef',
  'useCallback',
  'useContext',
  'useDebugValue',
  'useDeferredValue',
  'useEffect',
  'useEffectEvent',
  'useId',
  'useImperativeHandle',
  'useInsertionEffect',
  'useLayoutEffect',
  'useMemo',
  'useReducer',
  'useRef',
  'useState',
  'useSyncExternalStore',
  'useTransition',
  'useOptimistic',
  'useActionState',
  'use',
  'startTransition',
  'cache',
  'version',
] as const;

const reactFor = ({ guard }: RealmParts): object => ({
  ...Object.fromEntries(
    PASSED_REACT_EXPORTS.filter((name) => name in React).map((name) => [name, (React as unknown as Record<string, unknown>)[name]]),
  ),
  createElement: guard.createElement,
  cloneElement: guard.cloneElement,
  createContext: guard.createContext,
  memo: guard.memo,
  forwardRef: guard.forwardRef,
  Children: guard.children,
  Component: guard.Component,
  PureComponent: guard.PureComponent,
});

const libraryFor = (): object => ({ ...Library });

/** The modules generated code may import, each built for its realm (and hardened by realm.ts). */
export const ALLOWED_MODULES: Readonly<Record<string, (parts: RealmParts) => object>> = {
  react: reactFor,
  remotion: remotionFor,
  '@ppr/components': libraryFor,
};

// Math's members are not enumerable, so they are copied by name; random() is replaced by a clear error.
const deterministicMath = Object.fromEntries([
  ...Object.getOwnPropertyNames(Math).map((name) => [name, Math[name as keyof Math]]),
  [
    'random',
    (): number => {
      throw new SandboxViolation('Math.random is not allowed in a video: use random(seed) from remotion');
    },
  ],
]) as Math;

// The console, reached through the page's current console (the preview page wraps console.error).
const consoleForGeneratedCode = Object.fromEntries(
  (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => [
    level,
    (...args: unknown[]): void => console[level](...args),
  ]),
);

/**
 * The globals of the generated code's Compartment; everything else is removed from it. The JavaScript
 * intrinsics among them are the page's own, frozen by lockdown. No Date and no Intl: the clock and the time zone
 * would make frames differ between renders.
 */
export const ALLOWED_GLOBALS: Readonly<Record<string, (parts: RealmParts) => unknown>> = {
  React: (parts) => parts.module('react'),
  Math: () => deterministicMath,
  JSON: () => JSON,
  Number: () => Number,
  String: () => String,
  Boolean: () => Boolean,
  Array: () => Array,
  Object: () => Object,
  Map: () => Map,
  Set: () => Set,
  Symbol: () => Symbol,
  Error: () => Error,
  TypeError: () => TypeError,
  RangeError: () => RangeError,
  Infinity: () => Infinity,
  NaN: () => NaN,
  undefined: () => undefined,
  parseInt: () => parseInt,
  parseFloat: () => parseFloat,
  isNaN: () => isNaN,
  isFinite: () => isFinite,
  console: () => consoleForGeneratedCode,
};
