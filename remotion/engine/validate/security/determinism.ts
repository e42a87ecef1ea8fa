import ts from 'typescript';
import { foldSource } from '../constants';
import { importedExport, unwrap } from '../symbols';
import type { SecurityContext, SecurityRule } from './context';

/*
 * Frames must come out the same in every render, on every machine. Date, performance, crypto, Intl and
 * Math.random are refused as globals (globals.ts); here: remotion's random() without a seed, and formatting by the
 * host's locale.
 */

/** Methods that format by the host's locale unless given one, and the position of their locale argument. */
const LOCALE_METHODS: ReadonlyMap<string, number> = new Map([
  ['toLocaleString', 0],
  ['toLocaleDateString', 0],
  ['toLocaleTimeString', 0],
  ['toLocaleUpperCase', 0],
  ['toLocaleLowerCase', 0],
  ['localeCompare', 1],
]);

const methodName = (callee: ts.Expression, context: SecurityContext): string | null => {
  if (ts.isPropertyAccessExpression(callee)) {
    return callee.name.text;
  }
  if (ts.isElementAccessExpression(callee)) {
    const folded = foldSource(context, callee.argumentExpression);
    return folded && typeof folded.value === 'string' ? folded.value : null;
  }
  return null;
};

const MAYBE_MISSING = ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void | ts.TypeFlags.Any | ts.TypeFlags.Unknown;

/** `random(null)` is Math.random under another name; so is a seed that may be null or undefined. */
const checkRandomSeed = (call: ts.CallExpression, context: SecurityContext): void => {
  const seed = call.arguments[0];
  const unseeded =
    !seed ||
    ts.isSpreadElement(seed) ||
    context.checker
      .typeAt(seed)
      .members()
      .some((member) => (member.flags & MAYBE_MISSING) !== 0);
  if (unseeded) {
    context.report(
      call,
      'nondeterministic',
      'random() needs a seed that is never null: random(null) changes on every render; use random(`name-${index}`)',
    );
  }
};

const checkLocale = (call: ts.CallExpression, name: string, position: number, context: SecurityContext): void => {
  const locale = call.arguments[position];
  const folded = locale && !ts.isSpreadElement(locale) ? foldSource(context, locale) : null;
  const value = folded?.value;
  const written = typeof value === 'string' ? value !== '' : Array.isArray(value) && value.length > 0;
  if (!written) {
    context.report(
      call,
      'nondeterministic',
      `\`${name}\` without a locale formats by the machine it runs on, so frames differ between renders: ` +
        `pass one, e.g. ${name}('en-US')`,
    );
  }
};

/** No unseeded random(), no formatting by the host's locale. */
export const checkDeterminism: SecurityRule = (node, context) => {
  if (!ts.isCallExpression(node)) {
    return;
  }
  const callee = unwrap(node.expression);
  const target = importedExport(context, callee);
  if (target?.module === 'remotion' && target.name === 'random') {
    checkRandomSeed(node, context);
    return;
  }
  const name = methodName(callee, context);
  const position = name === null ? undefined : LOCALE_METHODS.get(name);
  if (name !== null && position !== undefined) {
    checkLocale(node, name, position, context);
  }
};
