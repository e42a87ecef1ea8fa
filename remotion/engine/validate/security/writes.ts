import ts from 'typescript';
import { foldSource } from '../constants';
import { resolveIdentifier, unwrap } from '../symbols';
import type { SecurityContext, SecurityRule } from './context';
import { isPlainData, isPropsData } from './plainData';
import { mayBeTainted } from './taint';

/*
 * Where a composition changes something, and whether it may: never a module, an import or a global (they are
 * shared with the renderer and every other composition of the page), never a value read with an unknown key
 * (it may be a shared prototype), never a function it did not declare, and never, from code that runs for a
 * frame, the state of the module itself (a frame would then depend on the frames rendered before it).
 */

/** Methods that change their receiver in place. */
const MUTATORS = new Set([
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
  'set',
  'add',
  'delete',
  'clear',
]);
/** Object's functions that change their first argument. */
const OBJECT_WRITERS = new Set(['assign', 'freeze', 'defineProperty', 'defineProperties', 'setPrototypeOf', 'seal', 'preventExtensions']);
const MAX_DEPTH = 8;

type Target = { object: ts.Expression } | { variable: ts.Identifier };

const isAssignmentOperator = (kind: ts.SyntaxKind): boolean =>
  kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;

/** What an assignment target writes: the object a member belongs to, or a variable (patterns are walked). */
const targetsOf = (node: ts.Expression): Target[] => {
  const expression = unwrap(node);
  if (ts.isPropertyAccessExpression(expression) || ts.isElementAccessExpression(expression)) {
    return [{ object: expression.expression }];
  }
  if (ts.isIdentifier(expression)) {
    return [{ variable: expression }];
  }
  if (ts.isObjectLiteralExpression(expression)) {
    return expression.properties.flatMap((property): Target[] =>
      ts.isPropertyAssignment(property)
        ? targetsOf(property.initializer)
        : ts.isShorthandPropertyAssignment(property)
          ? [{ variable: property.name }]
          : ts.isSpreadAssignment(property)
            ? targetsOf(property.expression)
            : [],
    );
  }
  if (ts.isArrayLiteralExpression(expression)) {
    return expression.elements.flatMap((element) =>
      ts.isOmittedExpression(element) ? [] : targetsOf(ts.isSpreadElement(element) ? element.expression : element),
    );
  }
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    return targetsOf(expression.left); // a default in a destructuring assignment
  }
  return [];
};

/** The name a method call uses, when it is written in the source; null when it is not known. */
const methodName = (callee: ts.PropertyAccessExpression | ts.ElementAccessExpression, context: SecurityContext): string | null => {
  if (ts.isPropertyAccessExpression(callee)) {
    return callee.name.text;
  }
  const folded = foldSource(context, callee.argumentExpression);
  return folded && typeof folded.value === 'string' ? folded.value : null;
};

/** What a node writes, if anything. */
const writesOf = (node: ts.Node, context: SecurityContext): Target[] => {
  if (ts.isBinaryExpression(node) && isAssignmentOperator(node.operatorToken.kind)) {
    return targetsOf(node.left);
  }
  if (
    (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
    (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
  ) {
    return targetsOf(node.operand);
  }
  if (ts.isDeleteExpression(node)) {
    return targetsOf(node.expression);
  }
  if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) {
    return targetsOf(node.initializer);
  }
  if (!ts.isCallExpression(node)) {
    return [];
  }
  const callee = unwrap(node.expression);
  if (!ts.isPropertyAccessExpression(callee) && !ts.isElementAccessExpression(callee)) {
    return [];
  }
  const name = methodName(callee, context);
  const owner = unwrap(callee.expression);
  if (ts.isIdentifier(owner) && owner.text === 'Object' && resolveIdentifier(context, owner).kind === 'global') {
    const first = node.arguments[0];
    return name !== null && OBJECT_WRITERS.has(name) && first && !ts.isSpreadElement(first) ? [{ object: first }] : [];
  }
  return name === null || MUTATORS.has(name) ? [{ object: callee.expression }] : [];
};

/** Where the object a write changes comes from: through members, casts and calls of imported functions. */
const writeRoot = (object: ts.Expression, context: SecurityContext): ts.Expression => {
  let root = unwrap(object);
  for (;;) {
    if (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) {
      root = unwrap(root.expression);
    } else if (ts.isCallExpression(root) && isImportedCallee(root.expression, context)) {
      root = unwrap(root.expression); // useVideoConfig().fps = ...: the object is Remotion's
    } else {
      return root;
    }
  }
};

/** A function of remotion (`useVideoConfig`): what it returns is Remotion's own state. */
const isImportedCallee = (callee: ts.Expression, context: SecurityContext): boolean => {
  let root = unwrap(callee);
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) {
    root = unwrap(root.expression);
  }
  if (!ts.isIdentifier(root)) {
    return false;
  }
  const resolution = resolveIdentifier(context, root);
  return resolution.kind === 'import' && resolution.module === 'remotion';
};

/** Whether an identifier holds a module, an import, a global, or a const alias of one. */
const isShared = (identifier: ts.Identifier, context: SecurityContext, depth = 0): boolean => {
  const resolution = resolveIdentifier(context, identifier);
  if (resolution.kind !== 'local') {
    return true;
  }
  const declaration = resolution.declaration;
  if (depth > MAX_DEPTH || !ts.isVariableDeclaration(declaration) || !declaration.initializer) {
    return false;
  }
  const root = writeRoot(declaration.initializer, context);
  const initializer = unwrap(declaration.initializer);
  const isAlias =
    ts.isIdentifier(initializer) ||
    ts.isPropertyAccessExpression(initializer) ||
    ts.isElementAccessExpression(initializer) ||
    (ts.isCallExpression(initializer) && isImportedCallee(initializer.expression, context));
  return isAlias && ts.isIdentifier(root) && isShared(root, context, depth + 1);
};

/** A function or class this composition declares (it may give it properties: `tool.label = '...'`). */
const isOwnFunction = (object: ts.Expression, context: SecurityContext): boolean => {
  const expression = unwrap(object);
  if (ts.isArrowFunction(expression) || ts.isFunctionExpression(expression) || ts.isClassExpression(expression)) {
    return true; // written right here
  }
  if (!ts.isIdentifier(expression)) {
    return false;
  }
  const resolution = resolveIdentifier(context, expression);
  if (resolution.kind !== 'local') {
    return false;
  }
  const declaration = resolution.declaration;
  if (ts.isFunctionDeclaration(declaration) || ts.isClassDeclaration(declaration)) {
    return true;
  }
  const initializer = ts.isVariableDeclaration(declaration) && declaration.initializer ? unwrap(declaration.initializer) : undefined;
  return (
    initializer !== undefined &&
    (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer) || ts.isClassExpression(initializer))
  );
};

const isFunctionValue = (object: ts.Expression, context: SecurityContext): boolean =>
  context.checker
    .typeAt(object)
    .members()
    .some((member) => member.isCallable() || member.isConstructable());

/** The function (or instance field initializer) a node runs in, or null at module level. */
const enclosingRunner = (node: ts.Node): ts.Node | null => {
  for (let current = node.parent; current; current = current.parent) {
    const isStatic = ts.canHaveModifiers(current) && ts.getModifiers(current)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (ts.isFunctionLike(current) || (ts.isPropertyDeclaration(current) && !isStatic)) {
      return current;
    }
  }
  return null;
};

/** Whether code at a node runs once, when the module is evaluated: at top level or in an IIFE there. */
const runsAtModuleLevel = (node: ts.Node): boolean => {
  const runner = enclosingRunner(node);
  if (!runner) {
    return true;
  }
  if (ts.isArrowFunction(runner) || ts.isFunctionExpression(runner)) {
    let use: ts.Node = runner;
    while (ts.isParenthesizedExpression(use.parent)) {
      use = use.parent;
    }
    if (ts.isCallExpression(use.parent) && use.parent.expression === use) {
      return runsAtModuleLevel(use.parent);
    }
  }
  return false;
};

/** The local variable a write lands in (its own value, or the contents of the object it holds). */
const writtenDeclaration = (target: Target, context: SecurityContext): ts.Declaration | null => {
  const root = 'variable' in target ? target.variable : writeRoot(target.object, context);
  if (!ts.isIdentifier(root)) {
    return null;
  }
  const resolution = resolveIdentifier(context, root);
  return resolution.kind === 'local' ? resolution.declaration : null;
};

const checkModuleState = (node: ts.Node, target: Target, context: SecurityContext): void => {
  if ('object' in target && isPropsData(target.object, context)) {
    context.report(
      node,
      'module-state',
      `changing \`${target.object.getText(context.sourceFile).slice(0, 40)}\` is not allowed: the props are shared by ` +
        'every frame, so a frame would depend on the frames rendered before it; copy what you change',
    );
    return;
  }
  const declaration = writtenDeclaration(target, context);
  if (!declaration || ts.isParameter(declaration) || !runsAtModuleLevel(declaration) || runsAtModuleLevel(node)) {
    return;
  }
  const named = ts.isVariableDeclaration(declaration) || ts.isFunctionDeclaration(declaration) || ts.isClassDeclaration(declaration);
  const name = named ? declaration.name?.getText(context.sourceFile) : undefined;
  context.report(
    node,
    'module-state',
    `changing \`${name ?? 'module state'}\` while rendering is not allowed: a frame must not depend on the frames ` +
      'rendered before it; derive everything from the frame and the props (useMemo for caches)',
  );
};

const checkObjectWrite = (node: ts.Node, object: ts.Expression, context: SecurityContext): void => {
  const root = writeRoot(object, context);
  const text = object.getText(context.sourceFile).slice(0, 40);
  if (ts.isIdentifier(root) && isShared(root, context)) {
    context.report(node, 'global-mutation', `changing \`${text}\` is not allowed: modules, imports and globals are shared with the renderer`);
  } else if (mayBeTainted(object, context)) {
    context.report(
      node,
      'computed-member',
      `changing \`${text}\` is not allowed: it was read with a name known only at run time, so it may be a shared ` +
        "prototype ('__proto__') or a constructor",
    );
  } else if (!isOwnFunction(object, context) && !isPlainData(object, context) && isFunctionValue(object, context)) {
    context.report(node, 'global-mutation', `changing \`${text}\` is not allowed: it is a function or component this file does not declare`);
  }
};

/** Writes into shared, looked-up, foreign or module-level state (see the comment at the top). */
export const checkWrites: SecurityRule = (node, context) => {
  for (const target of writesOf(node, context)) {
    if ('object' in target) {
      checkObjectWrite(node, target.object, context);
    }
    checkModuleState(node, target, context);
  }
};
