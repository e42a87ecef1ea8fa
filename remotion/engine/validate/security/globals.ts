import ts from 'typescript';
import { ALLOWED_GLOBALS, GLOBAL_MEMBERS, VALUE_GLOBALS } from '../allowlists';
import { foldString } from '../constants';
import { resolveIdentifier, unwrap } from '../symbols';
import type { SecurityContext, SecurityRule } from './context';
import { isValueReference } from './references';

const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate', 'requestAnimationFrame', 'requestIdleCallback', 'queueMicrotask']);
const NETWORK = new Set([
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebTransport',
  'EventSource',
  'navigator',
  'Image',
  'Audio',
  'Request',
  'Worker',
  'SharedWorker',
  'importScripts',
  'RTCPeerConnection',
  'FontFace',
  'open',
]);
const NONDETERMINISTIC = new Set(['Date', 'Intl', 'performance', 'crypto']);
const allowedList = [...ALLOWED_GLOBALS].join(', ');

const isStringLike = (context: SecurityContext, expression: ts.Expression): boolean =>
  (context.checker.typeAt(expression).flags & (ts.TypeFlags.StringLike | ts.TypeFlags.Any)) !== 0;

const reportForbiddenGlobal = (identifier: ts.Identifier, context: SecurityContext): void => {
  const { report } = context;
  const name = identifier.text;
  if (name === 'eval') {
    report(identifier, 'eval', '`eval` is not allowed: a composition never runs code from strings');
  } else if (name === 'Function') {
    report(identifier, 'function-constructor', '`Function` is not allowed: it compiles code from strings');
  } else if (name === 'require' || name === 'module' || name === 'exports') {
    report(identifier, 'require', `\`${name}\` is not allowed: use an import statement from an allowed module`);
  } else if (name === 'arguments') {
    report(identifier, 'arguments-access', '`arguments` is not allowed: name the parameters (or use ...rest)');
  } else if (TIMERS.has(name)) {
    const call = identifier.parent;
    const first = ts.isCallExpression(call) && call.expression === identifier ? call.arguments[0] : undefined;
    if (first && isStringLike(context, first)) {
      report(identifier, 'string-timer', `\`${name}\` with a string is not allowed: it evaluates code from a string`);
    } else {
      report(identifier, 'timer', `\`${name}\` is not allowed: animate from useCurrentFrame(), renders do not wait for timers`);
    }
  } else if (NETWORK.has(name)) {
    report(identifier, 'network-api', `\`${name}\` is not allowed: a composition never talks to the network`);
  } else if (NONDETERMINISTIC.has(name)) {
    const message = `\`${name}\` is not allowed: renders must be deterministic; derive time from useCurrentFrame()`;
    report(identifier, 'nondeterministic', message);
  } else {
    report(identifier, 'forbidden-global', `\`${name}\` is not available to a composition (allowed globals: ${allowedList})`);
  }
};

const isAssignmentTarget = (node: ts.Node): boolean => {
  const parent = node.parent;
  if (ts.isBinaryExpression(parent)) {
    const kind = parent.operatorToken.kind;
    return parent.left === node && kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
  }
  if (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) {
    return parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken;
  }
  return ts.isDeleteExpression(parent);
};

/** The member of an allowed global that a node reads (`Math.floor`, `Math['floor']`), when it reads one. */
const memberName = (access: ts.Node, context: SecurityContext): string | null => {
  if (ts.isPropertyAccessExpression(access)) {
    return access.name.text;
  }
  if (ts.isElementAccessExpression(access)) {
    return foldString(context, access.argumentExpression);
  }
  return null;
};

const checkMember = (global: string, member: string | null, at: ts.Node, context: SecurityContext): void => {
  const allowed = GLOBAL_MEMBERS.get(global);
  if (!allowed || member === null || allowed.has(member)) {
    return;
  }
  if (global === 'Math' && member === 'random') {
    context.report(at, 'nondeterministic', '`Math.random` is not allowed: renders must be deterministic; use random(seed) from remotion');
  } else {
    context.report(at, 'forbidden-member', `\`${global}.${member}\` is not allowed in a composition`);
  }
};

/** `const { floor, random } = Math`: destructuring reads members too. */
const checkDestructuredMembers = (global: string, pattern: ts.ObjectBindingPattern, context: SecurityContext): void => {
  for (const element of pattern.elements) {
    const key = element.propertyName ?? element.name;
    const name =
      ts.isIdentifier(key) || ts.isStringLiteral(key)
        ? key.text
        : ts.isComputedPropertyName(key)
          ? foldString(context, key.expression)
          : null;
    checkMember(global, name, element, context);
  }
};

/**
 * An allowed global may be called, constructed or have an allowed member read; only plain functions and values
 * (Number, String, Boolean, NaN...) may also be passed around, so that nothing escapes the member checks.
 */
const checkAllowedGlobalUse = (identifier: ts.Identifier, context: SecurityContext): void => {
  const name = identifier.text;
  let use: ts.Node = identifier;
  while (ts.isParenthesizedExpression(use.parent) || ts.isNonNullExpression(use.parent) || ts.isAsExpression(use.parent)) {
    use = use.parent;
  }
  const parent = use.parent;
  if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === use) {
    checkMember(name, memberName(parent, context), parent, context);
    if (isAssignmentTarget(parent)) {
      context.report(parent, 'global-mutation', `changing \`${name}\` is not allowed: globals are shared with the renderer`);
    }
    return;
  }
  if (ts.isVariableDeclaration(parent) && parent.initializer === use && ts.isObjectBindingPattern(parent.name)) {
    checkDestructuredMembers(name, parent.name, context);
    return;
  }
  const called = (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === use;
  const tested =
    ts.isTypeOfExpression(parent) ||
    (ts.isBinaryExpression(parent) && parent.right === use && parent.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword);
  const inherited = ts.isExpressionWithTypeArguments(parent) && ts.isHeritageClause(parent.parent);
  if (called || tested || inherited || VALUE_GLOBALS.has(name)) {
    return;
  }
  const message = `\`${name}\` may only be used directly (e.g. ${name}.member or ${name}(...)), not stored or passed around`;
  context.report(identifier, 'global-alias', message);
};

/** The first argument of Object.assign when it is a global or an import: a shared object the code would change. */
const checkObjectAssign = (call: ts.CallExpression, context: SecurityContext): void => {
  const callee = unwrap(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'assign' || !ts.isIdentifier(callee.expression)) {
    return;
  }
  const owner = resolveIdentifier(context, callee.expression);
  const target = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
  if (owner.kind !== 'global' || owner.name !== 'Object' || !target || !ts.isIdentifier(target)) {
    return;
  }
  const resolved = resolveIdentifier(context, target);
  if (resolved.kind !== 'local') {
    const message = `changing \`${target.text}\` with Object.assign is not allowed: it is shared with the renderer`;
    context.report(target, 'global-mutation', message);
  }
};

/** Free names only from the allowlist; `this` only inside classes; globals and imports are never changed. */
export const checkGlobals: SecurityRule = (node, context) => {
  if (node.kind === ts.SyntaxKind.ThisKeyword) {
    if (!ts.findAncestor(node, (ancestor) => ts.isClassLike(ancestor))) {
      context.report(node, 'this-escape', '`this` outside a class is not allowed: in a plain function it is the page window');
    }
    return;
  }
  if (ts.isCallExpression(node)) {
    checkObjectAssign(node, context);
    return;
  }
  if (!ts.isIdentifier(node) || !isValueReference(node)) {
    return;
  }
  const resolution = resolveIdentifier(context, node);
  if (resolution.kind === 'global') {
    if (ALLOWED_GLOBALS.has(resolution.name)) {
      checkAllowedGlobalUse(node, context);
    } else {
      reportForbiddenGlobal(node, context);
    }
    return;
  }
  const access = node.parent;
  const isMember = (ts.isPropertyAccessExpression(access) || ts.isElementAccessExpression(access)) && access.expression === node;
  if (resolution.kind === 'import' && isMember && isAssignmentTarget(access)) {
    const message = `changing \`${node.text}\` is not allowed: imported modules are shared with the renderer`;
    context.report(node.parent, 'global-mutation', message);
  }
};
