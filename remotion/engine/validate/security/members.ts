import ts from 'typescript';
import { foldConstant } from '../constants';
import { resolveIdentifier, unwrap } from '../symbols';
import type { SecurityContext, SecurityRule } from './context';
import { isSharedObject, keyTrust, mayBeFunction } from './keys';
import { forbiddenMemberName, type NameVerdict } from './names';
import { isPlainData } from './plainData';
import { mayBeTainted } from './taint';

const isPlainLiteral = (node: ts.Node): boolean =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isNumericLiteral(node);

const COMPUTED: NameVerdict = {
  code: 'computed-member',
  message:
    'a property name known only at run time is not allowed here: write the name, use a number index, or look it ' +
    'up in a const table written in this file',
};

const ON_FUNCTION: NameVerdict = {
  code: 'computed-member',
  message:
    'a property of a function (or of anything that may be one) read with a name known only at run time is not ' +
    "allowed: its 'constructor' is Function, which compiles code from strings; write the name",
};

const ON_SHARED: NameVerdict = {
  code: 'computed-member',
  message:
    'a property of a module, an import or a global read with a name known only at run time is not allowed: ' +
    'write the name, or copy what you need into a const table of this file',
};

const CALLED: NameVerdict = {
  code: 'computed-member',
  message:
    'calling a value looked up with a name known only at run time is not allowed: the name could be ' +
    "'constructor' or '__defineGetter__'; use a switch, or a Map of functions",
};

/** The access is called, constructed or used as a template tag right away. */
const isCalled = (access: ts.Node): boolean => {
  let node = access;
  while (
    ts.isParenthesizedExpression(node.parent) ||
    ts.isAsExpression(node.parent) ||
    ts.isNonNullExpression(node.parent) ||
    ts.isSatisfiesExpression(node.parent) ||
    ts.isTypeAssertionExpression(node.parent)
  ) {
    node = node.parent;
  }
  const parent = node.parent;
  return (
    ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === node) ||
    (ts.isTaggedTemplateExpression(parent) && parent.tag === node)
  );
};

const NOT_DATA: NameVerdict = {
  code: 'computed-member',
  message:
    'a property read with a name known only at run time is allowed only on data: a const table or array written ' +
    "in this file, or the props; this value may be a function, whose 'constructor' is Function (write the name)",
};

const ON_LOOKUP: NameVerdict = {
  code: 'computed-member',
  message:
    'reading a value that was itself looked up with a name known only at run time, again with such a name, is ' +
    "not allowed: the first lookup may have returned a constructor or a prototype ('constructor', '__proto__')",
};

/**
 * What is wrong with reading a computed key (null when nothing). Forbidden names are found by folding the key
 * with everything the checker knows (`'constr' + 'uctor'`, a const table). Whether an unknown key is harmless is
 * decided from the source alone: types can lie (see keys.ts).
 */
export const computedKeyVerdict = (key: ts.Expression, context: SecurityContext): NameVerdict | null => {
  const folded = foldConstant(context, key);
  if (folded && typeof folded.value !== 'number') {
    const verdict = forbiddenMemberName(String(folded.value));
    if (verdict) {
      const built = !isPlainLiteral(unwrap(key));
      return built ? { ...verdict, message: `${verdict.message} (the name is built from a string expression)` } : verdict;
    }
  }
  for (const member of context.checker.typeAt(key).members()) {
    const verdict = typeof member.literal === 'string' ? forbiddenMemberName(member.literal) : null;
    if (verdict) {
      return verdict;
    }
  }
  const trust = keyTrust(key, context);
  if (trust.kind === 'literal') {
    for (const name of trust.names) {
      const verdict = forbiddenMemberName(name);
      if (verdict) {
        return verdict;
      }
    }
  }
  return null;
};

const MAX_ALIAS_DEPTH = 8;

/** Whether a key, or a const (or for-of variable) it reads, went through a type assertion: `k as 'a'` holds any string. */
const hasAssertion = (context: SecurityContext, node: ts.Node, depth = 0): boolean => {
  if (depth > MAX_ALIAS_DEPTH) {
    return true;
  }
  if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && !ts.isConstTypeReference(node.type)) {
    return true;
  }
  if (ts.isIdentifier(node)) {
    const resolution = resolveIdentifier(context, node);
    if (resolution.kind !== 'local' || !ts.isVariableDeclaration(resolution.declaration)) {
      return false;
    }
    const declaration = resolution.declaration;
    const loop = declaration.parent.parent;
    if ((ts.isForOfStatement(loop) || ts.isForInStatement(loop)) && loop.initializer === declaration.parent) {
      return hasAssertion(context, loop.expression, depth + 1);
    }
    return declaration.initializer ? hasAssertion(context, declaration.initializer, depth + 1) : false;
  }
  return ts.forEachChild(node, (child) => hasAssertion(context, child, depth) || undefined) ?? false;
};

const ASSERTED: NameVerdict = {
  code: 'computed-member',
  message:
    'a property name known only at run time, given a type with `as`, is not allowed: `key as "name"` can hold ' +
    'any string; write the name, or check the key against a const table',
};

/** An element access whose key is not known from the source: refused where the unknown name could do harm. */
const unknownKeyVerdict = (access: ts.ElementAccessExpression, context: SecurityContext): NameVerdict | null => {
  if (keyTrust(access.argumentExpression, context).kind !== 'untrusted') {
    return null;
  }
  if (hasAssertion(context, access.argumentExpression)) {
    return ASSERTED;
  }
  if (isCalled(access)) {
    return CALLED;
  }
  const receiver = access.expression;
  if (isSharedObject(receiver, context)) {
    return ON_SHARED;
  }
  if (mayBeTainted(receiver, context)) {
    return ON_LOOKUP;
  }
  // A name may be anything ('constructor'), and a function can hide behind any object type: the receiver must be
  // data by where it comes from. A key typed as a number needs a lie of its own to hold a name: there the
  // receiver's type is enough.
  if (isPlainData(receiver, context)) {
    return null;
  }
  if (mayBeFunction(receiver, context)) {
    return ON_FUNCTION;
  }
  const numberTyped = context.checker
    .typeAt(access.argumentExpression)
    .members()
    .every((member) => (member.flags & ts.TypeFlags.NumberLike) !== 0);
  return numberTyped ? null : NOT_DATA;
};

const reportVerdict = (context: SecurityContext, at: ts.Node, verdict: NameVerdict | null): void => {
  if (verdict) {
    context.report(at, verdict.code, verdict.message);
  }
};

const checkName = (context: SecurityContext, name: ts.PropertyName | ts.BindingName, reads: boolean): void => {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)) {
    reportVerdict(context, name, forbiddenMemberName(name.text));
  } else if (ts.isComputedPropertyName(name)) {
    const folded = foldConstant(context, name.expression);
    if (reads) {
      // Destructuring reads the name from a value nobody checks here: only names known from the source.
      const verdict = computedKeyVerdict(name.expression, context);
      reportVerdict(context, name, verdict ?? (keyTrust(name.expression, context).kind === 'untrusted' ? COMPUTED : null));
    } else if (folded && typeof folded.value === 'string') {
      reportVerdict(context, name, forbiddenMemberName(folded.value));
    }
  }
};

/** Whether an object literal is the left side of a destructuring assignment, i.e. reads its property names. */
const isAssignmentPattern = (literal: ts.ObjectLiteralExpression): boolean => {
  let node: ts.Node = literal;
  while (
    ts.isObjectLiteralExpression(node.parent) ||
    ts.isArrayLiteralExpression(node.parent) ||
    ts.isPropertyAssignment(node.parent) ||
    ts.isSpreadElement(node.parent) ||
    ts.isSpreadAssignment(node.parent) ||
    ts.isParenthesizedExpression(node.parent)
  ) {
    node = node.parent;
  }
  const parent = node.parent;
  return (
    (ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) ||
    (ts.isForOfStatement(parent) && parent.initializer === node) ||
    (ts.isForInStatement(parent) && parent.initializer === node)
  );
};

/** No constructor, __proto__, prototype (and the like) by any spelling: dotted, computed, built or destructured. */
export const checkMembers: SecurityRule = (node, context) => {
  if (ts.isPropertyAccessExpression(node)) {
    checkName(context, node.name, true);
  } else if (ts.isElementAccessExpression(node)) {
    const verdict = computedKeyVerdict(node.argumentExpression, context) ?? unknownKeyVerdict(node, context);
    reportVerdict(context, node.argumentExpression, verdict);
  } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
    checkName(context, node.propertyName ?? node.name, true);
  } else if (ts.isObjectLiteralExpression(node)) {
    const reads = isAssignmentPattern(node);
    for (const property of node.properties) {
      if (property.name) {
        checkName(context, property.name, reads);
      }
    }
  } else if ((ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node)) && ts.isClassLike(node.parent)) {
    checkName(context, node.name, false);
  }
};
