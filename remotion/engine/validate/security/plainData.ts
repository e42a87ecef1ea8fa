import ts from 'typescript';
import type { Checker } from '../checker';
import { importedExport, resolveIdentifier, unwrap } from '../symbols';
import type { SecurityContext } from './context';
import { parameterOf, parameterValues } from './flow';
import {
  assignmentsOf,
  INDEXED_CALLBACK_METHODS,
  isAssignmentOperator,
  isRemotionCall,
  keyTrust,
  MAX_DEPTH,
  NUMERIC_ASSIGNMENTS,
  returnedExpressions,
} from './keys';
import { LiteralData, staticPropertyName } from './literalData';

/*
 * Whether a value is certainly not a function, judged by where it comes from and never by its type: a function
 * with the right properties passes for any object type (`const o: { a: Maker } = Object.assign(() => 0, ...)`), and
 * its 'constructor' is Function. Only such data may be read with a key known only at run time.
 */

/** Globals (frozen at run time) whose functions return data, never a function. */
const DATA_GLOBAL_FUNCTIONS: ReadonlyMap<string, ReadonlySet<string> | null> = new Map<string, ReadonlySet<string> | null>([
  ['String', null],
  ['Number', null],
  ['Boolean', null],
  ['parseInt', null],
  ['parseFloat', null],
  ['isNaN', null],
  ['isFinite', null],
  ['Math', null],
  ['JSON', null],
  ['Object', new Set(['keys', 'values', 'entries', 'fromEntries', 'is', 'hasOwn', 'isFrozen'])],
  ['Array', new Set(['from', 'of', 'isArray'])],
]);
/** Remotion functions that return numbers, strings, or plain objects of them. */
const DATA_REMOTION_FUNCTIONS = new Set([
  'interpolate',
  'interpolateColors',
  'spring',
  'measureSpring',
  'random',
  'useCurrentFrame',
  'useVideoConfig',
  'useCurrentScale',
  'staticFile',
  'getRemotionEnvironment',
]);
/** Methods of arrays and strings that return new arrays, strings, numbers or booleans. */
const DATA_METHODS = new Set([
  'map',
  'filter',
  'slice',
  'concat',
  'flat',
  'flatMap',
  'toSorted',
  'toReversed',
  'toSpliced',
  'with',
  'split',
  'join',
  'toLowerCase',
  'toUpperCase',
  'trim',
  'trimStart',
  'trimEnd',
  'padStart',
  'padEnd',
  'repeat',
  'replace',
  'replaceAll',
  'substring',
  'charAt',
  'toFixed',
  'toPrecision',
  'toString',
  'includes',
  'indexOf',
  'lastIndexOf',
  'findIndex',
  'findLastIndex',
  'some',
  'every',
  'startsWith',
  'endsWith',
  'keys',
  'entries',
]);
const isArrayOrString = (expression: ts.Expression, context: SecurityContext): boolean =>
  context.checker
    .typeAt(expression)
    .members()
    .every(
      (member) =>
        (member.flags & ts.TypeFlags.StringLike) !== 0 ||
        (member.property('length') !== undefined && member.property('push') !== undefined),
    );

const plainCache = new WeakMap<Checker, Map<ts.Node, boolean>>();

/**
 * Whether a value is certainly not a function (nor a class) when it runs, from where it comes rather than from its
 * type (a function can hide behind any object type): literals, operators, const tables of the file, the
 * composition's props (plain data), values built by array, string, Math, Object and Remotion functions, and
 * parameters that only ever receive such values.
 */
export const isPlainData = (node: ts.Expression, context: SecurityContext, depth = 0): boolean => {
  let cache = plainCache.get(context.checker);
  if (!cache) {
    cache = new Map();
    plainCache.set(context.checker, cache);
  }
  const expression = unwrap(node);
  const known = cache.get(expression);
  if (known !== undefined) {
    return known;
  }
  if (depth > MAX_DEPTH) {
    return false;
  }
  cache.set(expression, false); // a cycle proves nothing
  const result = computePlain(expression, context, depth);
  cache.set(expression, result);
  return result;
};

/** Whether the elements of an array value are all plain data (for for-of variables and callback parameters). */
const elementsArePlain = (array: ts.Expression, context: SecurityContext, depth: number): boolean => {
  const expression = unwrap(array);
  if (ts.isArrayLiteralExpression(expression)) {
    return expression.elements.every((element) =>
      ts.isOmittedExpression(element)
        ? true
        : ts.isSpreadElement(element)
          ? elementsArePlain(element.expression, context, depth + 1)
          : isPlainData(element, context, depth + 1),
    );
  }
  if (isPropsData(expression, context, depth)) {
    return true;
  }
  if (ts.isCallExpression(expression)) {
    const callee = unwrap(expression.expression);
    if (ts.isPropertyAccessExpression(callee)) {
      const name = callee.name.text;
      const owner = unwrap(callee.expression);
      if (ts.isIdentifier(owner) && owner.text === 'Object' && resolveIdentifier(context, owner).kind === 'global') {
        return name === 'keys' || name === 'entries';
      }
      if (name === 'map' || name === 'flatMap') {
        const callback = expression.arguments[0] ? unwrap(expression.arguments[0]) : undefined;
        return (
          callback !== undefined &&
          (ts.isArrowFunction(callback) || ts.isFunctionExpression(callback)) &&
          returnedExpressions(callback).every((returned) => isPlainData(returned, context, depth + 1))
        );
      }
      if (name === 'filter' || name === 'slice' || name === 'toSorted' || name === 'toReversed' || name === 'concat') {
        const added = name === 'concat' ? expression.arguments : [];
        return (
          elementsArePlain(callee.expression, context, depth + 1) &&
          added.every((argument) => !ts.isSpreadElement(argument) && isPlainData(argument, context, depth + 1))
        );
      }
      if (name === 'split') {
        return true;
      }
    }
  }
  const data = new LiteralData(context);
  const values = data.values(expression);
  return (
    values !== null &&
    values.every((value) => ts.isArrayLiteralExpression(value)) &&
    data.mutation() === null &&
    values.every((value) => elementsArePlain(value, context, depth + 1))
  );
};

/** A value reached from the composition's props by dotted names and known keys (JSON: never a function). */
export const isPropsData = (node: ts.Expression, context: SecurityContext, depth = 0): boolean => {
  let expression = unwrap(node);
  while (ts.isPropertyAccessExpression(expression) || ts.isElementAccessExpression(expression)) {
    if (ts.isElementAccessExpression(expression) && keyTrust(expression.argumentExpression, context).kind === 'untrusted') {
      return false;
    }
    if (context.checker.typeAt(expression).members().some((member) => member.isCallable())) {
      return false; // an inherited method (toString, map...)
    }
    expression = unwrap(expression.expression);
  }
  if (!ts.isIdentifier(expression)) {
    return false;
  }
  const resolution = resolveIdentifier(context, expression);
  if (resolution.kind !== 'local') {
    return false;
  }
  const origin = parameterOf(resolution.declaration);
  if (!origin) {
    return false;
  }
  const received = parameterValues(origin.parameter, origin.prop, context);
  if (received === null) {
    return false;
  }
  return received.values.every((value) => isPropsData(value, context, depth + 1)) && (received.props || received.values.length > 0);
};

const computePlain = (expression: ts.Expression, context: SecurityContext, depth: number): boolean => {
  const plain = (inner: ts.Expression): boolean => isPlainData(inner, context, depth + 1);
  if (
    ts.isStringLiteral(expression) ||
    ts.isNoSubstitutionTemplateLiteral(expression) ||
    ts.isTemplateExpression(expression) ||
    ts.isNumericLiteral(expression) ||
    ts.isBigIntLiteral(expression) ||
    ts.isRegularExpressionLiteral(expression) ||
    ts.isObjectLiteralExpression(expression) ||
    ts.isArrayLiteralExpression(expression) ||
    ts.isJsxElement(expression) ||
    ts.isJsxSelfClosingElement(expression) ||
    ts.isJsxFragment(expression) ||
    ts.isPrefixUnaryExpression(expression) ||
    ts.isPostfixUnaryExpression(expression) ||
    ts.isTypeOfExpression(expression) ||
    ts.isVoidExpression(expression) ||
    ts.isDeleteExpression(expression)
  ) {
    return true;
  }
  switch (expression.kind) {
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
      return true;
  }
  if (ts.isBinaryExpression(expression)) {
    const operator = expression.operatorToken.kind;
    if (operator === ts.SyntaxKind.CommaToken || operator === ts.SyntaxKind.EqualsToken) {
      return plain(expression.right);
    }
    if (
      operator === ts.SyntaxKind.QuestionQuestionToken ||
      operator === ts.SyntaxKind.BarBarToken ||
      operator === ts.SyntaxKind.AmpersandAmpersandToken
    ) {
      return plain(expression.left) && plain(expression.right);
    }
    return !isAssignmentOperator(operator) || NUMERIC_ASSIGNMENTS.has(operator) || operator === ts.SyntaxKind.PlusEqualsToken;
  }
  if (ts.isConditionalExpression(expression)) {
    return plain(expression.whenTrue) && plain(expression.whenFalse);
  }
  if (ts.isNewExpression(expression)) {
    const callee = unwrap(expression.expression);
    return (
      ts.isIdentifier(callee) &&
      ['Map', 'Set', 'Error', 'TypeError', 'RangeError', 'Array'].includes(callee.text) &&
      resolveIdentifier(context, callee).kind === 'global'
    );
  }
  if (ts.isPropertyAccessExpression(expression) || ts.isElementAccessExpression(expression)) {
    if (ts.isPropertyAccessExpression(expression) && expression.name.text === 'length') {
      return true;
    }
    if (isPropsData(expression, context, depth)) {
      return true;
    }
    const data = new LiteralData(context);
    const values = data.values(expression);
    return values !== null && data.mutation() === null;
  }
  if (ts.isCallExpression(expression)) {
    return isPlainCall(expression, context, depth);
  }
  if (!ts.isIdentifier(expression)) {
    return false;
  }
  const resolution = resolveIdentifier(context, expression);
  if (resolution.kind === 'global') {
    return ['undefined', 'NaN', 'Infinity'].includes(expression.text);
  }
  if (resolution.kind !== 'local') {
    return false;
  }
  const declaration = resolution.declaration;
  if (ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name)) {
    const loop = declaration.parent.parent;
    if ((ts.isForOfStatement(loop) || ts.isForInStatement(loop)) && declaration.parent === loop.initializer) {
      return ts.isForInStatement(loop) || elementsArePlain(loop.expression, context, depth + 1);
    }
    if (declaration.initializer && !plain(declaration.initializer)) {
      return false;
    }
    return (assignmentsOf(context).get(declaration) ?? []).every(({ value }) => value !== null && plain(value));
  }
  if (ts.isBindingElement(declaration)) {
    // const { a } = TABLE / props: the destructured value is a member of a plain source.
    let pattern: ts.Node = declaration.parent;
    while (ts.isBindingElement(pattern.parent) || ts.isObjectBindingPattern(pattern.parent) || ts.isArrayBindingPattern(pattern.parent)) {
      pattern = pattern.parent;
    }
    if (isPropsData(expression, context, depth)) {
      return true;
    }
    const holder = pattern.parent;
    if (ts.isParameter(holder)) {
      const origin = parameterOf(declaration);
      const received = origin ? parameterValues(origin.parameter, origin.prop, context) : null;
      return received !== null && received.values.every(plain) && !(declaration.initializer && !plain(declaration.initializer));
    }
    const key = declaration.propertyName ?? declaration.name;
    const name = ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : null;
    const direct = declaration.parent === pattern && !declaration.initializer && name !== null;
    if (!ts.isVariableDeclaration(holder) || !holder.initializer || !direct) {
      return false;
    }
    const source = unwrap(holder.initializer);
    if (isRemotionCall(source, context) && ts.isObjectBindingPattern(pattern)) {
      return true; // const { fps } = useVideoConfig()
    }
    if (!ts.isObjectBindingPattern(pattern)) {
      return false;
    }
    // const { a } = TABLE: every value TABLE's literals give `a` is a literal.
    const data = new LiteralData(context);
    const objects = data.values(source);
    if (!objects || !objects.every(ts.isObjectLiteralExpression)) {
      return false;
    }
    for (const object of objects) {
      for (const property of object.properties) {
        const propertyName = property.name ? staticPropertyName(property.name) : null;
        if (propertyName === null || (propertyName === name && data.propertyValues(property) === null)) {
          return false;
        }
      }
    }
    return data.mutation() === null;
  }
  if (ts.isParameter(declaration)) {
    if (isPropsData(expression, context, depth)) {
      return true;
    }
    const fn = declaration.parent;
    const call = fn.parent;
    if (
      fn.parameters[0] === declaration &&
      ts.isCallExpression(call) &&
      call.arguments[0] === fn &&
      ts.isPropertyAccessExpression(call.expression) &&
      INDEXED_CALLBACK_METHODS.has(call.expression.name.text)
    ) {
      return !declaration.initializer && elementsArePlain(call.expression.expression, context, depth + 1);
    }
    const origin = parameterOf(declaration);
    const received = origin ? parameterValues(origin.parameter, origin.prop, context) : null;
    return received !== null && received.values.every(plain) && !(declaration.initializer && !plain(declaration.initializer));
  }
  return false;
};

const isPlainCall = (call: ts.CallExpression, context: SecurityContext, depth: number): boolean => {
  const callee = unwrap(call.expression);
  if (isRemotionCall(call, context)) {
    const target = importedExport(context, callee);
    return target !== null && DATA_REMOTION_FUNCTIONS.has(target.name);
  }
  const react = importedExport(context, callee);
  if (react?.module === '@ppr/components') {
    // The component library is this project's own code: its declared return types are what it returns.
    const unsure = ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter;
    return context.checker
      .typeAt(call)
      .members()
      .every((member) => (member.flags & unsure) === 0 && !member.isCallable() && !member.isConstructable());
  }
  if (react?.module === 'react') {
    if (react.name === 'useMemo') {
      const factory = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
      return (
        factory !== undefined &&
        (ts.isArrowFunction(factory) || ts.isFunctionExpression(factory)) &&
        returnedExpressions(factory).every((returned) => isPlainData(returned, context, depth + 1))
      );
    }
    return react.name === 'createElement' || react.name === 'cloneElement';
  }
  if (ts.isIdentifier(callee)) {
    const resolution = resolveIdentifier(context, callee);
    if (resolution.kind === 'global') {
      return DATA_GLOBAL_FUNCTIONS.has(callee.text) && DATA_GLOBAL_FUNCTIONS.get(callee.text) === null;
    }
    if (resolution.kind !== 'local') {
      return false;
    }
    const declaration = resolution.declaration;
    const fn = ts.isFunctionDeclaration(declaration)
      ? declaration
      : ts.isVariableDeclaration(declaration) && declaration.initializer
        ? unwrap(declaration.initializer)
        : undefined;
    return (
      fn !== undefined &&
      (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) || ts.isFunctionDeclaration(fn)) &&
      !fn.asteriskToken &&
      returnedExpressions(fn).every((returned) => isPlainData(returned, context, depth + 1))
    );
  }
  if (!ts.isPropertyAccessExpression(callee)) {
    return false;
  }
  const name = callee.name.text;
  const owner = unwrap(callee.expression);
  if (ts.isIdentifier(owner) && resolveIdentifier(context, owner).kind === 'global' && DATA_GLOBAL_FUNCTIONS.has(owner.text)) {
    const members = DATA_GLOBAL_FUNCTIONS.get(owner.text);
    return members === null || members!.has(name);
  }
  return DATA_METHODS.has(name) && isArrayOrString(callee.expression, context) && isPlainData(callee.expression, context, depth + 1);
};

