import ts from 'typescript';
import type { CheckedType } from '../checker';
import { foldConstant } from '../constants';
import { resolveIdentifier, unwrap } from '../symbols';
import type { SecurityContext, SecurityRule } from './context';
import { forbiddenMemberName, type NameVerdict } from './names';

const MAX_ALIAS_DEPTH = 8;

const isPlainLiteral = (node: ts.Node): boolean =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isNumericLiteral(node);

/** Whether a key, or a const it reads, went through a type assertion: `k as 'a'` holds any string at run time. */
const hasAssertion = (context: SecurityContext, node: ts.Node, depth = 0): boolean => {
  if (depth > MAX_ALIAS_DEPTH) {
    return true;
  }
  if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && !ts.isConstTypeReference(node.type)) {
    return true;
  }
  if (ts.isIdentifier(node)) {
    const resolution = resolveIdentifier(context, node);
    if (resolution.kind === 'local' && ts.isVariableDeclaration(resolution.declaration) && resolution.declaration.initializer) {
      return hasAssertion(context, resolution.declaration.initializer, depth + 1);
    }
    return false;
  }
  return ts.forEachChild(node, (child) => hasAssertion(context, child, depth) || undefined) ?? false;
};

const literalMembers = (type: CheckedType): (string | number)[] | null => {
  const values: (string | number)[] = [];
  for (const { literal } of type.members()) {
    if (typeof literal === 'string' || typeof literal === 'number') {
      values.push(literal);
    } else {
      return null;
    }
  }
  return values;
};

const isNumberOrSymbol = (type: CheckedType): boolean =>
  type.members().every(
    (member) => (member.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.ESSymbolLike)) !== 0,
  );

const COMPUTED: NameVerdict = {
  code: 'computed-member',
  message:
    'a property name known only at run time is not allowed: use a literal name, a key typed as a union of ' +
    'literals (without `as`), an array index or a Map',
};

const PRIMITIVE =
  ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.Undefined | ts.TypeFlags.Null;

/** The access is the start of a chain: its result is called, read from or constructed. */
const isChained = (access: ts.Node): boolean => {
  let node = access;
  while (
    ts.isParenthesizedExpression(node.parent) ||
    ts.isAsExpression(node.parent) ||
    ts.isNonNullExpression(node.parent) ||
    ts.isSatisfiesExpression(node.parent)
  ) {
    node = node.parent;
  }
  const parent = node.parent;
  return (
    ((ts.isCallExpression(parent) ||
      ts.isNewExpression(parent) ||
      ts.isPropertyAccessExpression(parent) ||
      ts.isElementAccessExpression(parent)) &&
      parent.expression === node) ||
    (ts.isTaggedTemplateExpression(parent) && parent.tag === node)
  );
};

const isPlainOrCallable = (type: CheckedType): boolean =>
  type.members().every((member) => (member.flags & PRIMITIVE) !== 0 || member.isCallable());

/**
 * `labels[name]` on a Record<string, string>, `SCENES[scene.id]` on a Record<string, React.FC>: one lookup into
 * a table of plain values or components. Even when the name is 'constructor' or '__proto__' the result cannot
 * be abused, because the access may not be called or read from directly, and the checker keeps the aliased
 * result to the declared value type (no properties to write, no `any` or `as unknown` to launder it).
 */
const isTableLookup = (access: ts.ElementAccessExpression, context: SecurityContext): boolean => {
  const values = context.checker.typeAt(access.expression).stringIndexType();
  return values !== undefined && isPlainOrCallable(values) && !isChained(access);
};

/**
 * Whether a computed key is safe to read with: a constant that is not a forbidden name (string building is
 * folded first, so `'constr' + 'uctor'` is caught by name), a number, or a union of literal names.
 */
export const computedKeyVerdict = (key: ts.Expression, context: SecurityContext): NameVerdict | null => {
  const folded = foldConstant(context, key);
  if (folded) {
    if (typeof folded.value === 'number') {
      return null;
    }
    const verdict = forbiddenMemberName(String(folded.value));
    return verdict && !isPlainLiteral(unwrap(key))
      ? { ...verdict, message: `${verdict.message} (the name is built from a string expression)` }
      : verdict;
  }
  const type = context.checker.typeAt(key);
  if (isNumberOrSymbol(type)) {
    return null;
  }
  const literals = literalMembers(type);
  if (!literals || hasAssertion(context, key)) {
    return COMPUTED;
  }
  for (const literal of literals) {
    const verdict = forbiddenMemberName(String(literal));
    if (verdict) {
      return verdict;
    }
  }
  return null;
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
      reportVerdict(context, name, computedKeyVerdict(name.expression, context));
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
    const verdict = computedKeyVerdict(node.argumentExpression, context);
    reportVerdict(context, node.argumentExpression, verdict === COMPUTED && isTableLookup(node, context) ? null : verdict);
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
