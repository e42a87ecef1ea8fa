import type React from 'react';
import { ALLOWED_GLOBALS, ALLOWED_MODULES } from './scope';

export type EvaluatedModule =
  | { ok: true; Component: React.ComponentType<never> }
  | { ok: false; error: string };

const requireAllowed = (specifier: string): unknown => {
  if (!Object.prototype.hasOwnProperty.call(ALLOWED_MODULES, specifier)) {
    throw new Error(`import of "${specifier}" is not allowed`);
  }
  return ALLOWED_MODULES[specifier];
};

// The CommonJS wrapper's own parameters, which must resolve to the function's arguments, not the proxy.
const MODULE_PARAMETERS = new Set(['module', 'exports', 'require', '__sandbox_scope']);

// Every free identifier of the module is looked up on this proxy (through `with`), so globals that are not
// allowed throw instead of resolving to the page's window. Top-level `var`s of the module live on its target.
const createSandboxScope = (): object =>
  new Proxy(Object.create(null) as Record<string | symbol, unknown>, {
    has: (_target, key) => typeof key === 'string' && !MODULE_PARAMETERS.has(key),
    get: (target, key) => {
      if (typeof key !== 'string') {
        return undefined;
      }
      if (Object.prototype.hasOwnProperty.call(target, key)) {
        return target[key];
      }
      if (Object.prototype.hasOwnProperty.call(ALLOWED_GLOBALS, key)) {
        return ALLOWED_GLOBALS[key];
      }
      throw new ReferenceError(`${key} is not available in a video composition`);
    },
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
  });

const cache = new Map<string, EvaluatedModule>();

/** Runs a CommonJS module compiled from generated TSX and returns its default export. Never throws. */
export const evaluateModule = (code: string): EvaluatedModule => {
  const cached = cache.get(code);
  if (cached) {
    return cached;
  }
  let result: EvaluatedModule;
  try {
    const moduleObject: { exports: Record<string, unknown> } = { exports: {} };
    // A sloppy wrapper so that `with` applies; the module itself runs as strict code inside it (names still
    // resolve through the sandbox scope), so `this` in a plain function is undefined, not the page window.
    const run = new Function(
      '__sandbox_scope',
      'module',
      'exports',
      'require',
      `with (__sandbox_scope) {\n(function () {\n'use strict';\n${code}\n}).call(undefined);\n}`,
    ) as (scope: object, module: object, exports: object, require: (specifier: string) => unknown) => void;
    run(createSandboxScope(), moduleObject, moduleObject.exports, requireAllowed);
    const Component = moduleObject.exports.default;
    result =
      typeof Component === 'function'
        ? { ok: true, Component: Component as React.ComponentType<never> }
        : { ok: false, error: 'the module has no default export that is a React component' };
  } catch (error) {
    result = { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  cache.set(code, result);
  return result;
};
