// Technique: rewriting what the page shares: Remotion's Easing (for every composition and the library), the
// prototypes of built-ins, the React and Remotion modules themselves. Each attempt is reported.
import React from 'react';
import { Easing, interpolate } from 'remotion';
import * as Remotion from 'remotion';

const lie = <T,>(value: unknown): T => value as T;
const attempts: Array<[string, () => void]> = [
  ['Easing.linear', () => { lie<Record<string, unknown>>(Easing).linear = () => 1; }],
  ['Easing.define', () => { Object.defineProperty(Easing, 'ease', { value: () => 1 }); }],
  ['Easing.assign', () => { Object.assign(Easing, { quad: () => 1 }); }],
  ['Remotion.interpolate', () => { lie<Record<string, unknown>>(Remotion).interpolate = () => 1; }],
  ['React.createElement', () => { lie<Record<string, unknown>>(React).createElement = () => null; }],
  ['Array.prototype.map', () => { lie<Record<string, unknown>>(Object.getPrototypeOf([])).map = () => []; }],
  ['Object.prototype', () => { lie<Record<string, unknown>>(Object.getPrototypeOf({})).polluted = 1; }],
  ['Math.sin', () => { lie<Record<string, unknown>>(Math).sin = () => 0; }],
  ['JSON.parse', () => { lie<Record<string, unknown>>(JSON).parse = () => ({}); }],
];

const outcomes = attempts.map(([name, attempt]) => {
  try {
    attempt();
    return `${name}=changed`;
  } catch (error) {
    return `${name}=${(error as Error).name}`;
  }
});

export default function Video() {
  const linear = interpolate(0.5, [0, 1], [0, 1], { easing: Easing.linear });
  throw new Error(`rewrites: ${outcomes.join(' ')} linear(0.5)=${linear}`);
}
