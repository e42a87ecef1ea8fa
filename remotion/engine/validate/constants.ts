import ts from 'typescript';
import type { CheckedSymbol } from './checker';
import { resolveIdentifier, unwrap, type Analysis } from './symbols';

export type Constant = string | number | boolean | null | undefined | Constant[];

/** A folded value, or null when the expression has no value known before the code runs. */
export type Folded = { value: Constant } | null;

const MAX_DEPTH = 24;

const known = (value: Constant): Folded => ({ value });

const isVideoConfigFps = (symbol: CheckedSymbol | undefined): boolean =>
  symbol?.name === 'fps' && symbol.declarations.some((d) => /[\\/]remotion[\\/].*video-config\.d\.ts$/.test(d.fileName));

/**
 * How far a fold may trust the checker. `types`: literal types count as values (`C.primary`, an imported const):
 * right for finding what code may do, but a type can lie (type guards, overloads, array covariance, `as`).
 * `source`: only values written in the composition (literals, string building, const primitives) count; what
 * decides that a key or a URL is harmless is folded this way.
 */
export type FoldTrust = 'types' | 'source';

const fromType = (analysis: Analysis, expression: ts.Expression, trust: FoldTrust): Folded => {
  if (trust === 'source') {
    return null;
  }
  const { literal } = analysis.checker.typeAt(expression);
  return literal === undefined ? null : known(literal);
};

/** Constants of the realm's own Number and Math (frozen at run time, never changed by a composition). */
const GLOBAL_CONSTANTS: Record<string, Record<string, number>> = {
  Number: Object.fromEntries(
    ['EPSILON', 'MAX_SAFE_INTEGER', 'MIN_SAFE_INTEGER', 'MAX_VALUE', 'MIN_VALUE', 'POSITIVE_INFINITY', 'NEGATIVE_INFINITY', 'NaN'].map(
      (name) => [name, Number[name as keyof NumberConstructor] as number],
    ),
  ),
  Math: Object.fromEntries(
    ['E', 'LN10', 'LN2', 'LOG10E', 'LOG2E', 'PI', 'SQRT1_2', 'SQRT2'].map((name) => [name, Math[name as keyof Math] as number]),
  ),
};

const globalConstant = (analysis: Analysis, access: ts.PropertyAccessExpression): Folded => {
  const owner = unwrap(access.expression);
  if (!ts.isIdentifier(owner) || !Object.hasOwn(GLOBAL_CONSTANTS, owner.text)) {
    return null;
  }
  const table = GLOBAL_CONSTANTS[owner.text];
  const name = access.name.text;
  return Object.hasOwn(table, name) && resolveIdentifier(analysis, owner).kind === 'global' ? known(table[name]) : null;
};

const BINARY: Partial<Record<ts.SyntaxKind, (a: never, b: never) => Constant>> = {
  [ts.SyntaxKind.PlusToken]: (a, b) => (a as number) + (b as number),
  [ts.SyntaxKind.MinusToken]: (a, b) => (a as number) - (b as number),
  [ts.SyntaxKind.AsteriskToken]: (a, b) => (a as number) * (b as number),
  [ts.SyntaxKind.SlashToken]: (a, b) => (a as number) / (b as number),
  [ts.SyntaxKind.PercentToken]: (a, b) => (a as number) % (b as number),
  [ts.SyntaxKind.AsteriskAsteriskToken]: (a, b) => (a as number) ** (b as number),
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: (a, b) => a === b,
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: (a, b) => a !== b,
  [ts.SyntaxKind.EqualsEqualsToken]: (a, b) => a == b,
  [ts.SyntaxKind.ExclamationEqualsToken]: (a, b) => a != b,
  [ts.SyntaxKind.LessThanToken]: (a, b) => a < b,
  [ts.SyntaxKind.LessThanEqualsToken]: (a, b) => a <= b,
  [ts.SyntaxKind.GreaterThanToken]: (a, b) => a > b,
  [ts.SyntaxKind.GreaterThanEqualsToken]: (a, b) => a >= b,
  [ts.SyntaxKind.AmpersandAmpersandToken]: (a, b) => a && b,
  [ts.SyntaxKind.BarBarToken]: (a, b) => a || b,
  [ts.SyntaxKind.QuestionQuestionToken]: (a, b) => a ?? b,
};

const MATH_FUNCTIONS: Record<string, (...args: number[]) => number> = {
  round: Math.round,
  floor: Math.floor,
  ceil: Math.ceil,
  trunc: Math.trunc,
  abs: Math.abs,
  min: Math.min,
  max: Math.max,
};

const stringMethod = (receiver: string, name: string, args: Constant[]): Folded => {
  const [first, second] = args;
  switch (name) {
    case 'concat':
      return known(receiver.concat(...args.map(String)));
    case 'split':
      return typeof first === 'string' ? known(receiver.split(first)) : null;
    case 'toLowerCase':
      return known(receiver.toLowerCase());
    case 'toUpperCase':
      return known(receiver.toUpperCase());
    case 'trim':
      return known(receiver.trim());
    case 'slice':
    case 'substring':
      return known(receiver[name](first as number, second as number | undefined));
    case 'replace':
    case 'replaceAll':
      return typeof first === 'string' && typeof second === 'string' ? known(receiver[name](first, second)) : null;
    case 'repeat':
      return typeof first === 'number' && first <= 64 ? known(receiver.repeat(first)) : null;
    case 'charAt':
    case 'at':
      return typeof first === 'number' ? known(receiver.at(first) ?? '') : null;
    default:
      return null;
  }
};

const arrayMethod = (receiver: Constant[], name: string, args: Constant[]): Folded => {
  switch (name) {
    case 'join':
      return known(receiver.join(args[0] === undefined ? ',' : String(args[0])));
    case 'reverse':
      return known([...receiver].reverse());
    case 'concat':
      return known(receiver.concat(...args));
    case 'at':
      return typeof args[0] === 'number' ? known(receiver.at(args[0])) : null;
    default:
      return null;
  }
};

/**
 * Evaluates an expression whose value is fixed before the code runs: literals, arithmetic, string building
 * (`'constr' + 'uctor'`, templates, `['a', 'b'].join('')`), `const` aliases, literal types the checker knows
 * (`C.primary`, `FPS`) and the composition's fps from useVideoConfig().
 */
export const foldConstant = (analysis: Analysis, node: ts.Expression, depth = 0, trust: FoldTrust = 'types'): Folded => {
  if (depth > MAX_DEPTH) {
    return null;
  }
  const fold = (inner: ts.Expression): Folded => foldConstant(analysis, inner, depth + 1, trust);
  const expression = unwrap(node);
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
    return known(expression.text);
  }
  if (ts.isNumericLiteral(expression)) {
    return known(Number(expression.text));
  }
  switch (expression.kind) {
    case ts.SyntaxKind.TrueKeyword:
      return known(true);
    case ts.SyntaxKind.FalseKeyword:
      return known(false);
    case ts.SyntaxKind.NullKeyword:
      return known(null);
  }
  if (ts.isTemplateExpression(expression)) {
    let text = expression.head.text;
    for (const span of expression.templateSpans) {
      const part = fold(span.expression);
      if (!part) {
        return null;
      }
      text += String(part.value) + span.literal.text;
    }
    return known(text);
  }
  if (ts.isPrefixUnaryExpression(expression)) {
    const operand = fold(expression.operand);
    if (!operand) {
      return null;
    }
    const value = operand.value as number;
    switch (expression.operator) {
      case ts.SyntaxKind.MinusToken:
        return known(-value);
      case ts.SyntaxKind.PlusToken:
        return known(+value);
      case ts.SyntaxKind.ExclamationToken:
        return known(!value);
      case ts.SyntaxKind.TildeToken:
        return known(~value);
      default:
        return null;
    }
  }
  if (ts.isBinaryExpression(expression)) {
    const operation = BINARY[expression.operatorToken.kind];
    const left = operation ? fold(expression.left) : null;
    const right = left ? fold(expression.right) : null;
    return operation && left && right ? known(operation(left.value as never, right.value as never)) : null;
  }
  if (ts.isConditionalExpression(expression)) {
    const condition = fold(expression.condition);
    return condition ? fold(condition.value ? expression.whenTrue : expression.whenFalse) : null;
  }
  if (ts.isArrayLiteralExpression(expression)) {
    const values: Constant[] = [];
    for (const element of expression.elements) {
      const folded = ts.isSpreadElement(element) ? null : fold(element);
      if (!folded) {
        return null;
      }
      values.push(folded.value);
    }
    return known(values);
  }
  if (ts.isIdentifier(expression)) {
    return foldIdentifier(analysis, expression, depth, trust);
  }
  if (ts.isPropertyAccessExpression(expression)) {
    // The fps is found through the checker (a symbol of remotion's VideoConfig): not a value of the source.
    if (trust === 'types' && isVideoConfigFps(analysis.checker.symbolAt(expression.name))) {
      return known(analysis.fps);
    }
    const constant = globalConstant(analysis, expression);
    if (constant) {
      return constant;
    }
    if (expression.name.text === 'length') {
      const owner = fold(expression.expression);
      if (owner && (typeof owner.value === 'string' || Array.isArray(owner.value))) {
        return known(owner.value.length);
      }
    }
    return fromType(analysis, expression, trust);
  }
  if (ts.isElementAccessExpression(expression)) {
    const owner = fold(expression.expression);
    const index = owner ? fold(expression.argumentExpression) : null;
    if (owner && index && (Array.isArray(owner.value) || typeof owner.value === 'string') && typeof index.value === 'number') {
      return known(owner.value[index.value]);
    }
    return null;
  }
  if (ts.isCallExpression(expression)) {
    return foldCall(analysis, expression, depth, trust);
  }
  return null;
};

const foldIdentifier = (analysis: Analysis, identifier: ts.Identifier, depth: number, trust: FoldTrust): Folded => {
  const resolution = resolveIdentifier(analysis, identifier);
  if (resolution.kind === 'global') {
    switch (resolution.name) {
      case 'undefined':
        return known(undefined);
      case 'NaN':
        return known(NaN);
      case 'Infinity':
        return known(Infinity);
      default:
        return null;
    }
  }
  if (resolution.kind === 'local') {
    // Local names fold through their const initializers; a parameter or a `let` has no value before it runs.
    const declaration = resolution.declaration;
    if (
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer &&
      ts.isIdentifier(declaration.name) &&
      ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const
    ) {
      const folded = foldConstant(analysis, declaration.initializer, depth + 1, trust);
      // A const array can still be changed in place (push, or a wider alias): only primitives are certain.
      return trust === 'source' && folded && Array.isArray(folded.value) ? null : folded;
    }
    if (trust === 'types' && ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent)) {
      const name = (declaration.propertyName ?? declaration.name) as ts.Node;
      const property = ts.isIdentifier(name) ? analysis.checker.typeAt(declaration.parent).property(name.text) : undefined;
      if (isVideoConfigFps(property)) {
        return known(analysis.fps);
      }
    }
    return null;
  }
  return fromType(analysis, identifier, trust);
};

const foldCall = (analysis: Analysis, call: ts.CallExpression, depth: number, trust: FoldTrust): Folded => {
  const callee = unwrap(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) {
    return null;
  }
  const args: Constant[] = [];
  for (const argument of call.arguments) {
    const folded = ts.isSpreadElement(argument) ? null : foldConstant(analysis, argument, depth + 1, trust);
    if (!folded) {
      return null;
    }
    args.push(folded.value);
  }
  const name = callee.name.text;
  if (ts.isIdentifier(callee.expression) && callee.expression.text === 'Math') {
    const math = resolveIdentifier(analysis, callee.expression);
    const operation = MATH_FUNCTIONS[name];
    return math.kind === 'global' && operation ? known(operation(...(args as number[]))) : null;
  }
  const receiver = foldConstant(analysis, callee.expression, depth + 1, trust);
  if (!receiver) {
    return null;
  }
  if (typeof receiver.value === 'string') {
    return stringMethod(receiver.value, name, args);
  }
  return Array.isArray(receiver.value) ? arrayMethod(receiver.value, name, args) : null;
};

/** The folded value when it is a string. */
export const foldString = (analysis: Analysis, expression: ts.Expression, trust: FoldTrust = 'types'): string | null => {
  const folded = foldConstant(analysis, expression, 0, trust);
  return folded && typeof folded.value === 'string' ? folded.value : null;
};

/** The value written in the source, without trusting any type (see FoldTrust). */
export const foldSource = (analysis: Analysis, expression: ts.Expression): Folded => foldConstant(analysis, expression, 0, 'source');

/** The folded value when it is a finite number. */
export const foldNumber = (analysis: Analysis, expression: ts.Expression): number | null => {
  const folded = foldConstant(analysis, expression);
  return folded && typeof folded.value === 'number' && Number.isFinite(folded.value) ? folded.value : null;
};
