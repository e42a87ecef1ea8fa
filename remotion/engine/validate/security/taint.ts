import ts from 'typescript';
import type { Checker } from '../checker';
import { resolveIdentifier, unwrap } from '../symbols';
import type { SecurityContext } from './context';
import { parameterOf, parameterValues } from './flow';
import { assignmentsOf, isAssignmentOperator, keyTrust, MAX_DEPTH, returnedExpressions } from './keys';

/*
 * Values read with a key known only at run time, followed through the composition. Such a value may be a
 * constructor ('constructor'), a prototype ('__proto__') or a prototype's method whatever its type says: reading
 * it again with an unknown key can reach Function, and writing into it can change a shared prototype.
 */

const taintCache = new WeakMap<Checker, Map<ts.Node, boolean>>();

/**
 * Whether a value may have been read with a key known only at run time, directly or through members, calls of
 * its methods, const and let aliases, destructuring, local functions returning it and callbacks of its methods.
 * Such a value may be a constructor, a prototype or a prototype's method whatever its type says: reading it with
 * another unknown key can reach Function, and writing into it can change a shared prototype.
 */
export const mayBeTainted = (node: ts.Expression, context: SecurityContext, depth = 0): boolean => {
  let cache = taintCache.get(context.checker);
  if (!cache) {
    cache = new Map();
    taintCache.set(context.checker, cache);
  }
  const expression = unwrap(node);
  const known = cache.get(expression);
  if (known !== undefined) {
    return known;
  }
  if (depth > MAX_DEPTH) {
    return true;
  }
  cache.set(expression, false); // a cycle through aliases adds nothing
  const result = computeTaint(expression, context, depth);
  cache.set(expression, result);
  return result;
};

/** Values the composition puts into the object a local variable holds (`o.x = v`, `o.push(v)`, `Object.assign(o, v)`). */
const storesCache = new WeakMap<Checker, Map<ts.Node, ts.Expression[]>>();

const STORING_METHODS = new Set(['push', 'unshift', 'splice', 'set', 'add', 'fill', 'concat']);

const storesInto = (context: SecurityContext): Map<ts.Node, ts.Expression[]> => {
  let found = storesCache.get(context.checker);
  if (found) {
    return found;
  }
  const stores = new Map<ts.Node, ts.Expression[]>();
  found = stores;
  const record = (target: ts.Expression, values: readonly ts.Expression[]): void => {
    let root = unwrap(target);
    while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) {
      root = unwrap(root.expression);
    }
    if (!ts.isIdentifier(root)) {
      return;
    }
    const resolution = resolveIdentifier(context, root);
    if (resolution.kind === 'local') {
      (stores.get(resolution.declaration) ?? stores.set(resolution.declaration, []).get(resolution.declaration)!).push(...values);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && isAssignmentOperator(node.operatorToken.kind)) {
      const left = unwrap(node.left);
      if (ts.isPropertyAccessExpression(left) || ts.isElementAccessExpression(left)) {
        record(left.expression, [node.right]);
      }
    } else if (ts.isCallExpression(node)) {
      const callee = unwrap(node.expression);
      const values = node.arguments.map((argument) => (ts.isSpreadElement(argument) ? argument.expression : argument));
      if (ts.isPropertyAccessExpression(callee) && STORING_METHODS.has(callee.name.text)) {
        record(callee.expression, values);
      } else if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'assign' && values[0]) {
        record(values[0], values.slice(1));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(context.sourceFile);
  storesCache.set(context.checker, stores);
  return found;
};

const computeTaint = (expression: ts.Expression, context: SecurityContext, depth: number): boolean => {
  const tainted = (inner: ts.Expression): boolean => mayBeTainted(inner, context, depth + 1);
  // A member of a value is tainted when the value is, or when the value holds a tainted value.
  if (ts.isElementAccessExpression(expression)) {
    return (
      keyTrust(expression.argumentExpression, context).kind === 'untrusted' ||
      tainted(expression.expression) ||
      holdsTainted(expression.expression, context, depth + 1)
    );
  }
  if (ts.isPropertyAccessExpression(expression)) {
    return tainted(expression.expression) || holdsTainted(expression.expression, context, depth + 1);
  }
  if (ts.isObjectLiteralExpression(expression) || ts.isArrayLiteralExpression(expression)) {
    return false; // a fresh object (what it holds: holdsTainted)
  }
  if (ts.isCallExpression(expression) || ts.isNewExpression(expression)) {
    // What a call returns may be anything it was given, or anything a callback it was given returns.
    const args = expression.arguments ?? [];
    for (const argument of args) {
      const value = unwrap(ts.isSpreadElement(argument) ? argument.expression : argument);
      if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) {
        if (returnedExpressions(value).some(tainted)) {
          return true;
        }
      } else if (tainted(value)) {
        return true;
      }
    }
    const callee = unwrap(expression.expression);
    if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) {
      return tainted(callee);
    }
    if (ts.isIdentifier(callee)) {
      const resolution = resolveIdentifier(context, callee);
      if (resolution.kind !== 'local') {
        return false;
      }
      const declaration = resolution.declaration;
      const fn = ts.isFunctionDeclaration(declaration)
        ? declaration
        : ts.isVariableDeclaration(declaration) && declaration.initializer
          ? unwrap(declaration.initializer)
          : undefined;
      return fn !== undefined && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) || ts.isFunctionDeclaration(fn))
        ? returnedExpressions(fn).some(tainted)
        : true; // a local value called: unknown
    }
    return tainted(callee);
  }
  if (ts.isConditionalExpression(expression)) {
    return tainted(expression.whenTrue) || tainted(expression.whenFalse);
  }
  if (ts.isBinaryExpression(expression)) {
    const operator = expression.operatorToken.kind;
    if (operator === ts.SyntaxKind.CommaToken || operator === ts.SyntaxKind.EqualsToken) {
      return tainted(expression.right);
    }
    if (
      operator === ts.SyntaxKind.QuestionQuestionToken ||
      operator === ts.SyntaxKind.BarBarToken ||
      operator === ts.SyntaxKind.AmpersandAmpersandToken ||
      operator === ts.SyntaxKind.QuestionQuestionEqualsToken ||
      operator === ts.SyntaxKind.BarBarEqualsToken ||
      operator === ts.SyntaxKind.AmpersandAmpersandEqualsToken
    ) {
      return tainted(expression.left) || tainted(expression.right);
    }
    return false;
  }
  if (!ts.isIdentifier(expression)) {
    return false;
  }
  const resolution = resolveIdentifier(context, expression);
  if (resolution.kind !== 'local') {
    return false;
  }
  const declaration = resolution.declaration;
  if (ts.isVariableDeclaration(declaration)) {
    const loop = declaration.parent.parent;
    if ((ts.isForOfStatement(loop) || ts.isForInStatement(loop)) && declaration.parent === loop.initializer) {
      return tainted(loop.expression);
    }
    if (declaration.initializer && tainted(declaration.initializer)) {
      return true;
    }
    return (assignmentsOf(context).get(declaration) ?? []).some(({ value }) => value === null || tainted(value));
  }
  if (ts.isBindingElement(declaration)) {
    if (declaration.initializer && tainted(declaration.initializer)) {
      return true;
    }
    let pattern: ts.Node = declaration.parent;
    while (ts.isBindingElement(pattern.parent) || ts.isObjectBindingPattern(pattern.parent) || ts.isArrayBindingPattern(pattern.parent)) {
      pattern = pattern.parent;
    }
    const holder = pattern.parent;
    if (ts.isVariableDeclaration(holder)) {
      const loop = holder.parent.parent;
      if ((ts.isForOfStatement(loop) || ts.isForInStatement(loop)) && holder.parent === loop.initializer) {
        return tainted(loop.expression);
      }
      return holder.initializer !== undefined && tainted(holder.initializer);
    }
    if (ts.isParameter(holder)) {
      return parameterTainted(holder, parameterOf(declaration)?.prop ?? null, context, depth);
    }
    return false;
  }
  if (ts.isParameter(declaration)) {
    const fallback = declaration.initializer;
    return (fallback !== undefined && tainted(fallback)) || parameterTainted(declaration, null, context, depth);
  }
  return false;
};

/**
 * Whether an object or array may hold a tainted value: one written into its literal, stored into it later
 * (`o.x = v`, `a.push(v)`), or held by a value it holds.
 */
const holdsTainted = (node: ts.Expression, context: SecurityContext, depth: number): boolean => {
  if (depth > MAX_DEPTH) {
    return true;
  }
  const expression = unwrap(node);
  const holds = (inner: ts.Expression): boolean =>
    mayBeTainted(inner, context, depth + 1) || holdsTainted(inner, context, depth + 1);
  if (ts.isObjectLiteralExpression(expression)) {
    return expression.properties.some((property) =>
      ts.isPropertyAssignment(property)
        ? holds(property.initializer)
        : ts.isShorthandPropertyAssignment(property)
          ? holds(property.name)
          : ts.isSpreadAssignment(property)
            ? holds(property.expression)
            : false,
    );
  }
  if (ts.isArrayLiteralExpression(expression)) {
    return expression.elements.some((element) =>
      ts.isSpreadElement(element) ? holds(element.expression) : !ts.isOmittedExpression(element) && holds(element),
    );
  }
  if (ts.isPropertyAccessExpression(expression) || ts.isElementAccessExpression(expression)) {
    return holdsTainted(expression.expression, context, depth + 1);
  }
  if (!ts.isIdentifier(expression)) {
    return false; // calls: what they return is followed by mayBeTainted
  }
  const resolution = resolveIdentifier(context, expression);
  if (resolution.kind !== 'local') {
    return false;
  }
  const declaration = resolution.declaration;
  if ((storesInto(context).get(declaration) ?? []).some(holds)) {
    return true;
  }
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    return holdsTainted(declaration.initializer, context, depth + 1);
  }
  return false;
};

/** A parameter that may receive a tainted value: from a tainted array's method, or from a call or JSX use. */
const parameterTainted = (
  parameter: ts.ParameterDeclaration,
  prop: string | null,
  context: SecurityContext,
  depth: number,
): boolean => {
  if (isCallbackOfTainted(parameter, context, depth)) {
    return true;
  }
  const fn = parameter.parent;
  const call = fn.parent;
  if (ts.isCallExpression(call) && call.arguments.includes(fn as ts.Expression)) {
    return false; // a callback of something untainted (its elements are what they are)
  }
  const received = parameterValues(parameter, prop, context);
  if (received === null) {
    return !ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn) && !ts.isFunctionDeclaration(fn) ? false : true;
  }
  return received.values.some((value) => mayBeTainted(value, context, depth + 1));
};

/** `tainted.map((item) => ...)`: a callback parameter getting the elements of a tainted value. */
const isCallbackOfTainted = (parameter: ts.ParameterDeclaration, context: SecurityContext, depth: number): boolean => {
  const fn = parameter.parent;
  const call = fn.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(fn as ts.Expression)) {
    return false;
  }
  const callee = unwrap(call.expression);
  const isMethod = ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee);
  return isMethod && mayBeTainted(callee.expression, context, depth + 1);
};
