// The runtime for generated code, usable from any bundle that ran lockdownEntry.ts first (the Remotion bundle,
// the still-check preview page, later the Studio's Player iframe):
//   hardenPage()                     lockdown, before anything else of the page (see hardenPage.ts)
//   evaluateGenerated(code, assets)  the compiled CommonJS module of generated TSX, in a Compartment of its own
// A generated module runs in a SES Compartment whose globals are only ALLOWED_GLOBALS and whose require() gives
// only ALLOWED_MODULES (scope.ts), every one hardened: React through the element guard (elements.ts), Remotion
// with its media components refusing sources outside `assets` (media.ts), the component library. Function, eval,
// window, document, fetch, Date and Intl do not exist there, and the constructors of functions (plain, async,
// generator) throw since lockdown.
//
// Module-level state: the module is run afresh for every frame, so whatever its top level keeps (a counter, a
// cache, a list that grows) starts over each frame and no frame depends on the frames rendered before it. React
// keeps its tree across frames (elements.ts renders generated components through stable stand-ins), so the cost
// is the module's top level once a frame. What React keeps itself (useState, useRef, useMemo of generated
// components) still lives as long as the composition stays mounted, as in any React app.
import React, { useMemo } from 'react';
import * as Remotion from 'remotion';
import * as Library from '../library';
import type { GeneratedVideoProps } from '../types';
import { WITHOUT_WALLS } from './benchMode';
import { ElementGuard } from './elements';
import { hardenPage, pageIsHardened } from './hardenPage';
import { bundledStaticSources } from './media';
import { AssetPolicy, SandboxViolation } from './policy';
import { ALLOWED_GLOBALS, ALLOWED_MODULES, type RealmParts } from './scope';

export { hardenPage, pageIsHardened };

export type GeneratedModule =
  | { ok: true; Component: React.ComponentType<GeneratedVideoProps> }
  | { ok: false; error: string };

// Globals a Compartment keeps whatever is deleted (non-configurable); they are harmless constants.
const PERMANENT_GLOBALS: ReadonlySet<PropertyKey> = new Set(['Infinity', 'NaN', 'undefined', Symbol.unscopables]);
const CACHE_SIZE = 16;

// Names of the page's world that do not exist in the Compartment: reading one says so, instead of yielding
// undefined (SES resolves an unknown global to undefined). Not a list of everything absent: anything not in
// ALLOWED_GLOBALS is absent.
const REFUSED_GLOBALS = [
  'window',
  'self',
  'globalThis',
  'top',
  'parent',
  'frames',
  'document',
  'navigator',
  'location',
  'history',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'Worker',
  'SharedWorker',
  'Image',
  'eval',
  'Function',
  'Date',
  'Intl',
  'performance',
  'setTimeout',
  'setInterval',
  'requestAnimationFrame',
  'queueMicrotask',
  'Promise',
  'Reflect',
  'Proxy',
  'WeakRef',
  'FinalizationRegistry',
  'Atomics',
  'SharedArrayBuffer',
  'WebAssembly',
  'crypto',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'caches',
  'postMessage',
  'Compartment',
  'harden',
  'lockdown',
];

const describeError = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : `Error: ${String(error)}`;

type ModuleFactory = (module: { exports: Record<string, unknown> }, exports: object, require: (specifier: string) => object) => void;

/** A Compartment with exactly ALLOWED_GLOBALS, each a constant (SES then resolves them without its scope proxy). */
const makeCompartment = (parts: RealmParts): Compartment => {
  const compartment = new Compartment({ globals: {}, __options__: true });
  const global = compartment.globalThis as Record<PropertyKey, unknown>;
  for (const key of Reflect.ownKeys(global)) {
    if (!PERMANENT_GLOBALS.has(key) && !delete global[key]) {
      throw new Error(`the compartment's global ${String(key)} cannot be removed`);
    }
  }
  for (const [name, build] of Object.entries(ALLOWED_GLOBALS)) {
    if (!PERMANENT_GLOBALS.has(name)) {
      Object.defineProperty(global, name, { value: harden(build(parts)), writable: false, configurable: false, enumerable: false });
    }
  }
  for (const name of REFUSED_GLOBALS) {
    const refuse = (): never => {
      throw new ReferenceError(`${name} is not available in a video composition`);
    };
    Object.defineProperty(global, name, { get: harden(refuse), set: harden(refuse), configurable: false, enumerable: false });
  }
  Object.freeze(global);
  return compartment;
};

/** The props generated code receives: a deep, frozen copy (it cannot change what DynamicVideo or captions read). */
const frozenProps = (props: GeneratedVideoProps): GeneratedVideoProps =>
  harden(structuredClone({ script: props.script, facts: props.facts, images: props.images, words: props.words }));

const sealed = (code: string, policy: AssetPolicy): GeneratedModule => {
  const guard = new ElementGuard(policy);
  const modules = new Map<string, object>();
  const parts: RealmParts = {
    guard,
    policy,
    module: (specifier) => {
      let built = modules.get(specifier);
      if (!built) {
        built = harden(ALLOWED_MODULES[specifier](parts));
        modules.set(specifier, built);
      }
      return built;
    },
  };
  for (const specifier of Object.keys(ALLOWED_MODULES)) {
    guard.trust(Object.entries(parts.module(specifier)));
  }
  const require = harden((specifier: string): object => {
    if (typeof specifier !== 'string' || !Object.prototype.hasOwnProperty.call(ALLOWED_MODULES, specifier)) {
      throw new SandboxViolation(`import of "${String(specifier).slice(0, 80)}" is not allowed`);
    }
    return parts.module(specifier);
  });
  let factory: ModuleFactory;
  try {
    // The module body runs as strict code: a write to a frozen object throws instead of being ignored.
    factory = makeCompartment(parts).evaluate(`(function (module, exports, require) {\n'use strict';\n${code}\n})`) as ModuleFactory;
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
  const run = (): unknown => {
    guard.beginModule();
    try {
      const module = { exports: {} as Record<string, unknown> };
      factory(module, module.exports, require);
      return module.exports.default;
    } finally {
      guard.endModule();
    }
  };
  try {
    if (typeof run() !== 'function') {
      return { ok: false, error: 'the module has no default export that is a React component' };
    }
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
  const GeneratedVideo: React.FC<GeneratedVideoProps> = (props) => {
    const frame = Remotion.useCurrentFrame();
    const Default = useMemo(() => run(), [frame]);
    const { script, facts, images, words } = props;
    const safeProps = useMemo(() => frozenProps({ script, facts, images, words }), [script, facts, images, words]);
    return guard.createElement(Default, safeProps);
  };
  return { ok: true, Component: GeneratedVideo };
};

// The bench's comparison bundle only (benchMode.ts): the module run with new Function and the real modules.
const UNSEALED_MODULES: Readonly<Record<string, unknown>> = { react: React, remotion: Remotion, '@ppr/components': Library };

const unsealed = (code: string): GeneratedModule => {
  try {
    const module = { exports: {} as Record<string, unknown> };
    new Function('module', 'exports', 'require', code)(module, module.exports, (specifier: string) => UNSEALED_MODULES[specifier]);
    const Component = module.exports.default;
    return typeof Component === 'function'
      ? { ok: true, Component: Component as React.ComponentType<GeneratedVideoProps> }
      : { ok: false, error: 'the module has no default export that is a React component' };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
};

const cache = new Map<string, GeneratedModule>();

/**
 * Evaluates the CommonJS module compiled from generated TSX in a realm of its own, where media may come only
 * from `assets` (the job's images and voice-over). Never throws: a module that fails to load comes back as an
 * error. Refuses to run anything on a page that was not locked down first.
 */
export const evaluateGenerated = (code: string, assets: Iterable<string | null | undefined>): GeneratedModule => {
  if (WITHOUT_WALLS) {
    return unsealed(code);
  }
  if (!pageIsHardened()) {
    return { ok: false, error: 'generated code is not run: this page was not locked down before it loaded (hardenPage)' };
  }
  const policy = new AssetPolicy([...assets, ...bundledStaticSources()]);
  const key = `${policy.key}\u0000${code}`;
  let evaluated = cache.get(key);
  if (!evaluated) {
    evaluated = sealed(code, policy);
    if (cache.size >= CACHE_SIZE) {
      cache.delete(cache.keys().next().value as string);
    }
  } else {
    cache.delete(key);
  }
  cache.set(key, evaluated);
  return evaluated;
};
