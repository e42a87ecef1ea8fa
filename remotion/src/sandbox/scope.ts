// The only names a generated module can see at run time. Everything else resolves to a ReferenceError, so code
// that slipped past the static checks still cannot reach window, document, fetch, eval or the network.
import React from 'react';
import * as Remotion from 'remotion';
import * as Library from '../library';

// Remotion exports that reach outside the composition (internals, iframes, prefetching URLs, writing files).
const WITHHELD_REMOTION_EXPORTS = new Set(['Internals', 'IFrame', 'prefetch', 'Artifact', 'registerRoot', 'getStaticFiles']);

const remotionForGeneratedCode = Object.freeze(
  Object.fromEntries(Object.entries(Remotion).filter(([name]) => !WITHHELD_REMOTION_EXPORTS.has(name))),
);

export const ALLOWED_MODULES: Readonly<Record<string, unknown>> = {
  react: React,
  remotion: remotionForGeneratedCode,
  '@ppr/components': Library,
};

// Math's members are not enumerable, so they are copied by name; random() is replaced by a clear error.
const deterministicMath = Object.freeze(
  Object.fromEntries([
    ...Object.getOwnPropertyNames(Math).map((name) => [name, Math[name as keyof Math]]),
    [
      'random',
      (): number => {
        throw new Error('Math.random is not allowed in a video: use random(seed) from remotion');
      },
    ],
  ]),
) as Math;

export const ALLOWED_GLOBALS: Readonly<Record<string, unknown>> = {
  React,
  Math: deterministicMath,
  JSON,
  Number,
  String,
  Boolean,
  Array,
  Object,
  Map,
  Set,
  Symbol,
  Error,
  TypeError,
  RangeError,
  Infinity,
  NaN,
  undefined,
  parseInt,
  parseFloat,
  isNaN,
  isFinite,
  console,
};
