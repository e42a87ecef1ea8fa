import ts from 'typescript';
import { foldConstant, foldSource } from '../constants';
import { importedExport, resolveIdentifier, unwrap } from '../symbols';
import type { SecurityContext, SecurityRule } from './context';
import { LiteralData, staticPropertyName } from './literalData';
import { LOOP_LIMIT } from './loops';

/*
 * Code that stalls or crashes a render without an endless loop: huge allocations, regular expressions that
 * backtrack exponentially, and springs that never settle (Remotion measures them frame by frame).
 */

/** Entries or characters one allocation may ask for. */
const ALLOCATION_LIMIT = LOOP_LIMIT;
/** How long a spring may take to settle: Remotion's measureSpring walks it frame by frame, quadratically. */
const SPRING_SETTLE_LIMIT_SECONDS = 30;
/** Remotion's defaults for spring() and measureSpring(). */
const SPRING_DEFAULTS = { damping: 10, mass: 1, stiffness: 100, threshold: 0.005 };

const foldedNumber = (context: SecurityContext, expression: ts.Expression | undefined): number | null => {
  if (!expression || ts.isSpreadElement(expression)) {
    return null;
  }
  const folded = foldConstant(context, expression);
  return folded && typeof folded.value === 'number' ? folded.value : null;
};

const isGlobal = (expression: ts.Expression, name: string, context: SecurityContext): boolean => {
  const target = unwrap(expression);
  return ts.isIdentifier(target) && target.text === name && resolveIdentifier(context, target).kind === 'global';
};

/** The property `name` of an object literal argument (`{ length: 1e9 }`). */
const propertyOf = (object: ts.Expression | undefined, name: string): ts.Expression | undefined => {
  const literal = object ? unwrap(object) : undefined;
  if (!literal || !ts.isObjectLiteralExpression(literal)) {
    return undefined;
  }
  for (const property of literal.properties) {
    if (ts.isPropertyAssignment(property) && staticPropertyName(property.name) === name) {
      return property.initializer;
    }
  }
  return undefined;
};

/** How many entries (or characters) a call or `new` asks for, when that is a constant. */
const allocationSize = (node: ts.CallExpression | ts.NewExpression, context: SecurityContext): number | null => {
  const callee = unwrap(node.expression);
  const args = node.arguments ?? [];
  if (isGlobal(callee, 'Array', context)) {
    // Array(n), new Array(n): a single number is a length.
    return args.length === 1 ? foldedNumber(context, args[0]) : null;
  }
  if (!ts.isPropertyAccessExpression(callee)) {
    return null;
  }
  const name = callee.name.text;
  if (name === 'from' && isGlobal(callee.expression, 'Array', context)) {
    return foldedNumber(context, propertyOf(args[0], 'length'));
  }
  if (name === 'repeat') {
    const times = foldedNumber(context, args[0]);
    const text = foldSource(context, callee.expression);
    const length = text && typeof text.value === 'string' ? Math.max(text.value.length, 1) : 1;
    return times === null ? null : times * length;
  }
  if (name === 'padStart' || name === 'padEnd') {
    return foldedNumber(context, args[0]);
  }
  return null;
};

const checkAllocation = (node: ts.CallExpression | ts.NewExpression, context: SecurityContext): void => {
  const size = allocationSize(node, context);
  if (size !== null && (size > ALLOCATION_LIMIT || !Number.isFinite(size))) {
    context.report(
      node,
      'huge-allocation',
      `this asks for about ${size.toExponential(1)} entries or characters (more than ` +
        `${ALLOCATION_LIMIT.toLocaleString('en-US')}): the render page would run out of memory or time`,
    );
  }
};

interface RegexGroup {
  /** It holds a quantifier whose count varies (`*`, `+`, `?`, `{1,3}`): the same text can split several ways. */
  variable: boolean;
  /** Where each of its alternatives starts in the pattern (one entry without `|`). */
  starts: number[];
}

/** Whether alternatives are plain text (no classes, escapes or groups) and none is a prefix of another. */
const areDistinctWords = (alternatives: string[]): boolean =>
  alternatives.every((text) => /^[^\\[\]().*+?{}|^$]*$/.test(text)) &&
  alternatives.every((a, i) => alternatives.every((b, j) => i === j || !b.startsWith(a)));

/**
 * Why a regular expression may backtrack exponentially, or null: a repeated group holding a quantifier whose count
 * varies (`(a+)+`, `(a?b)*`), a repeated group whose alternatives may match the same text (`(a|ab)*`, `(\w|\d)+`;
 * only distinct plain words are fine), or a backreference. `(\d{3})+` is fine.
 */
export const catastrophicPattern = (pattern: string): string | null => {
  const stack: RegexGroup[] = [{ variable: false, starts: [0] }];
  /** The group just closed, when the next character may be its quantifier. */
  let closed: { group: RegexGroup; end: number } | null = null;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    const top = stack[stack.length - 1];
    const previous = closed;
    closed = null;
    if (char === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && pattern[i + 2] === '<')) {
        return 'it uses a backreference';
      }
      i += 1;
      continue;
    }
    if (char === '[') {
      for (i += 1; i < pattern.length && pattern[i] !== ']'; i++) {
        if (pattern[i] === '\\') {
          i += 1;
        }
      }
      continue;
    }
    if (char === '(') {
      let body = i + 1;
      if (pattern[i + 1] === '?') {
        // (?:  (?=  (?!  (?<=  (?<!  (?<name>
        const named = pattern[i + 2] === '<' && pattern[i + 3] !== '=' && pattern[i + 3] !== '!';
        body = named ? pattern.indexOf('>', i) + 1 : pattern[i + 2] === '<' ? i + 4 : i + 3;
        i = body - 1;
      }
      stack.push({ variable: false, starts: [body] });
      continue;
    }
    if (char === ')') {
      if (stack.length > 1) {
        const group = stack.pop()!;
        closed = { group, end: i };
        stack[stack.length - 1].variable ||= group.variable;
      }
      continue;
    }
    if (char === '|') {
      top.starts.push(i + 1);
      continue;
    }
    if (char !== '*' && char !== '+' && char !== '?' && char !== '{') {
      continue;
    }
    let least = char === '+' ? 1 : 0;
    let most = char === '?' ? 1 : Infinity;
    if (char === '{') {
      const end = pattern.indexOf('}', i);
      const match = end > i ? /^(\d+)(,(\d*))?$/.exec(pattern.slice(i + 1, end)) : null;
      if (!match) {
        continue; // a literal brace
      }
      least = Number(match[1]);
      most = match[2] === undefined ? least : match[3] === '' ? Infinity : Number(match[3]);
      i = end;
    }
    if (pattern[i + 1] === '?') {
      i += 1; // lazy: backtracks just as much
    }
    if (most > 1 && previous) {
      const { group, end } = previous;
      if (group.variable) {
        return 'a repeated group holds a quantifier of its own, e.g. (a+)+';
      }
      const bounds = [...group.starts, end + 1];
      const alternatives = group.starts.map((start, k) => pattern.slice(start, bounds[k + 1] - 1));
      if (alternatives.length > 1 && !areDistinctWords(alternatives)) {
        return 'a repeated group has alternatives that may match the same text, e.g. (a|ab)*';
      }
    }
    if (least !== most) {
      top.variable = true;
    }
  }
  return null;
};

const reportRegex = (at: ts.Node, why: string, context: SecurityContext): void => {
  context.report(
    at,
    'catastrophic-regex',
    `this regular expression may take exponential time on some text (${why}); write a simpler pattern`,
  );
};

/** Methods that compile a string argument into a regular expression. */
const PATTERN_METHODS = new Set(['match', 'matchAll', 'search']);

const checkPatternArgument = (call: ts.CallExpression, context: SecurityContext): void => {
  const callee = unwrap(call.expression);
  const argument = call.arguments[0];
  if (!ts.isPropertyAccessExpression(callee) || !PATTERN_METHODS.has(callee.name.text) || !argument) {
    return;
  }
  const pattern = unwrap(argument as ts.Expression);
  if (ts.isRegularExpressionLiteral(pattern)) {
    return; // checked as a literal
  }
  const receiver = context.checker.typeAt(callee.expression);
  const onString = receiver.members().every((member) => (member.flags & ts.TypeFlags.StringLike) !== 0);
  const argumentType = context.checker.typeAt(pattern);
  const textual = ts.TypeFlags.StringLike | ts.TypeFlags.Any | ts.TypeFlags.Unknown;
  const isText = argumentType.members().some((member) => (member.flags & textual) !== 0);
  if (!onString || !isText) {
    return;
  }
  const folded = foldSource(context, pattern);
  if (!folded || typeof folded.value !== 'string') {
    reportRegex(argument, 'its pattern is a string known only at run time', context);
    return;
  }
  const why = catastrophicPattern(folded.value);
  if (why) {
    reportRegex(argument, why, context);
  }
};

/** A spring configuration's values, from the literal data of the file (null when not known). */
const springConfig = (config: ts.Expression | undefined, context: SecurityContext): Record<string, number> | null => {
  const values: Record<string, number> = {};
  if (!config) {
    return values;
  }
  const data = new LiteralData(context);
  const objects = data.values(config);
  if (!objects || data.mutation() !== null) {
    return null;
  }
  for (const object of objects) {
    if (!ts.isObjectLiteralExpression(object)) {
      return null;
    }
    for (const property of object.properties) {
      const key = property.name ? staticPropertyName(property.name) : null;
      if (key === null || !ts.isPropertyAssignment(property)) {
        return null;
      }
      if (key in SPRING_DEFAULTS) {
        const value = foldSource(context, property.initializer);
        if (!value || typeof value.value !== 'number') {
          return null;
        }
        // Several possible objects (a table): keep the slowest value of each.
        const slowest = key === 'damping' || key === 'stiffness' || key === 'threshold' ? Math.min : Math.max;
        values[key] = key in values ? slowest(values[key], value.value) : value.value;
      }
    }
  }
  return values;
};

/**
 * Roughly how many seconds a spring takes to settle within `threshold`: an underdamped spring decays with
 * exp(-zeta * omega * t); Remotion draws the rest with the critically damped curve, exp(-omega * t) * (1 + omega * t).
 */
export const springSettleSeconds = (damping: number, mass: number, stiffness: number, threshold: number): number => {
  if (!(damping > 0 && mass > 0 && stiffness > 0 && threshold > 0) || ![damping, mass, stiffness, threshold].every(Number.isFinite)) {
    return Infinity;
  }
  const omega = Math.sqrt(stiffness / mass);
  const zeta = damping / (2 * Math.sqrt(stiffness * mass));
  const rate = zeta < 1 ? zeta * omega : omega;
  return (Math.log(1 / Math.min(threshold, 0.5)) + 3) / rate;
};

const checkSpring = (call: ts.CallExpression, name: string, context: SecurityContext): void => {
  const options = call.arguments[0];
  const literal = options && !ts.isSpreadElement(options) ? unwrap(options) : undefined;
  if (!literal || !ts.isObjectLiteralExpression(literal)) {
    return; // the type check asks for the options
  }
  const measures =
    name === 'measureSpring' || propertyOf(literal, 'durationInFrames') !== undefined || propertyOf(literal, 'reverse') !== undefined;
  const config = springConfig(propertyOf(literal, 'config'), context);
  const thresholdExpression = propertyOf(literal, name === 'measureSpring' ? 'threshold' : 'durationRestThreshold');
  const threshold = thresholdExpression ? foldSource(context, thresholdExpression) : { value: SPRING_DEFAULTS.threshold };
  if (!config || !threshold || typeof threshold.value !== 'number') {
    if (measures) {
      context.report(
        call,
        'undamped-spring',
        `${name} with a duration measures when the spring settles: its config (damping, mass, stiffness) and threshold ` +
          'must be numbers written in this file so that it is known to settle',
      );
    }
    return;
  }
  const { damping, mass, stiffness } = { ...SPRING_DEFAULTS, ...config };
  const seconds = springSettleSeconds(damping, mass, stiffness, threshold.value);
  if (seconds > SPRING_SETTLE_LIMIT_SECONDS) {
    context.report(
      call,
      'undamped-spring',
      `this spring (damping ${damping}, mass ${mass}, stiffness ${stiffness}) takes ` +
        `${Number.isFinite(seconds) ? `about ${Math.round(seconds)} s` : 'forever'} to settle: Remotion measures it frame ` +
        'by frame and the render stalls; use a damping of at least 1 (10 is the default)',
    );
  }
};

/** Huge allocations, catastrophic regular expressions and springs that never settle. */
export const checkHangs: SecurityRule = (node, context) => {
  if (ts.isRegularExpressionLiteral(node)) {
    const source = node.text.slice(1, node.text.lastIndexOf('/'));
    const why = catastrophicPattern(source);
    if (why) {
      reportRegex(node, why, context);
    }
    return;
  }
  if (ts.isNewExpression(node)) {
    checkAllocation(node, context);
    return;
  }
  if (!ts.isCallExpression(node)) {
    return;
  }
  checkAllocation(node, context);
  checkPatternArgument(node, context);
  const target = importedExport(context, node.expression);
  if (target?.module === 'remotion' && (target.name === 'spring' || target.name === 'measureSpring')) {
    checkSpring(node, target.name, context);
  }
};
