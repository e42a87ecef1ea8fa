import ts from 'typescript';
import type { CheckedType } from '../checker';
import { exportName, isNamespace, resolveIdentifier, type Resolution } from '../symbols';
import type { SecurityContext, SecurityRule } from './context';
import { isValueReference } from './references';

/*
 * Every React, Remotion and library export is checked by the name it has in its module (createElement's props,
 * staticFile, random, delayRender...). That holds only if an export cannot be reached under another name: so an
 * export may be called, constructed, used as a JSX tag or have a member read, and nothing else. Components and
 * plain values (numbers, strings) may also be passed around: every use of a component is checked as JSX.
 */

/** Methods that call a function without naming it: `createElement.call(null, 'iframe')`. */
const INDIRECT_CALLS = new Set(['call', 'apply', 'bind']);

const PRIMITIVE = ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike;

/** The outermost of the parentheses, casts and `!` around a node. */
const outermost = (node: ts.Expression): ts.Expression => {
  let use = node;
  while (
    ts.isParenthesizedExpression(use.parent) ||
    ts.isNonNullExpression(use.parent) ||
    ts.isAsExpression(use.parent) ||
    ts.isSatisfiesExpression(use.parent) ||
    ts.isTypeAssertionExpression(use.parent)
  ) {
    use = use.parent;
  }
  return use;
};

/** A function component (callable) or a class component (its instances render). */
const isComponentType = (type: CheckedType): boolean =>
  type.isCallable() || type.constructedTypes().some((instance) => instance.property('render') !== undefined);

/** A component (an upper-case name whose value renders) or a plain value: safe to pass around. */
const isPassable = (node: ts.Expression, name: string, context: SecurityContext): boolean => {
  const members = context.checker.typeAt(node).members();
  if (members.every((member) => (member.flags & PRIMITIVE) !== 0)) {
    return true;
  }
  return /^[A-Z]/.test(name) && members.every(isComponentType);
};

const reportAlias = (at: ts.Node, text: string, context: SecurityContext): void => {
  context.report(
    at,
    'import-alias',
    `\`${text}\` may only be called, used as a JSX tag or have a member read: storing, passing or destructuring ` +
      'an import (or calling it through .call/.apply/.bind) hides it from the checks; import what you need by name',
  );
};

/** One use of a module export (`createElement`, `Remotion.Easing`, `React['createElement']`). */
const checkExportUse = (node: ts.Expression, name: string, context: SecurityContext): void => {
  const use = outermost(node);
  const parent = use.parent;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === use) {
    return;
  }
  if (ts.isTaggedTemplateExpression(parent) && parent.tag === use) {
    return; // refused on its own unless it is a local function
  }
  if ((ts.isJsxOpeningElement(parent) || ts.isJsxSelfClosingElement(parent) || ts.isJsxClosingElement(parent)) && parent.tagName === use) {
    return;
  }
  if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === use) {
    const member = exportName(context, parent);
    if (member !== null && INDIRECT_CALLS.has(member)) {
      reportAlias(parent, parent.getText(context.sourceFile).slice(0, 60), context);
    }
    return; // a computed member with an unknown name is refused by checkMembers
  }
  if (ts.isTypeOfExpression(parent) || ts.isExpressionStatement(parent)) {
    return;
  }
  if (ts.isBinaryExpression(parent) && parent.right === use && parent.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword) {
    return;
  }
  if (isPassable(node, name, context)) {
    return;
  }
  reportAlias(node, node.getText(context.sourceFile).slice(0, 60), context);
};

/** A namespace (`* as Remotion`, React): only its members may be used, each of them an export. */
const checkNamespaceUse = (identifier: ts.Identifier, context: SecurityContext): void => {
  const use = outermost(identifier);
  const parent = use.parent;
  if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === use) {
    const member = exportName(context, parent);
    if (member !== null) {
      checkExportUse(parent, member, context);
    }
    return;
  }
  if (ts.isTypeOfExpression(parent) || ts.isExpressionStatement(parent)) {
    return;
  }
  reportAlias(identifier, identifier.text, context);
};

const exportOf = (resolution: Resolution): string | null =>
  resolution.kind === 'import' && resolution.name !== '*' && resolution.name !== 'default' ? resolution.name : null;

/** Imports (and the React global) are used only by their own names: see the comment at the top. */
export const checkImportUses: SecurityRule = (node, context) => {
  if (!ts.isIdentifier(node) || !isValueReference(node)) {
    return;
  }
  const resolution = resolveIdentifier(context, node);
  if (isNamespace(resolution)) {
    checkNamespaceUse(node, context);
    return;
  }
  const name = exportOf(resolution);
  if (name !== null) {
    checkExportUse(node, name, context);
  }
};
