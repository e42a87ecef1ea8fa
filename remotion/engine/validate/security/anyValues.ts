import ts from 'typescript';
import { chainRoot, resolveIdentifier } from '../symbols';
import type { SecurityContext, SecurityRule } from './context';

/** The value goes on being used as part of a bigger expression of its own (`JSON.parse(s).a.b`). */
const continuesChain = (node: ts.Node): boolean => {
  const parent = node.parent;
  return (
    ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent) || ts.isCallExpression(parent)) &&
      parent.expression === node) ||
    ts.isParenthesizedExpression(parent) ||
    ts.isNonNullExpression(parent)
  );
};

/** Where an `any` can come from once explicit `any` is refused: a global's method (JSON.parse, Object.create) or an index. */
const mayProduceAny = (node: ts.Node, context: SecurityContext): boolean => {
  if (ts.isElementAccessExpression(node)) {
    return true;
  }
  if (!ts.isCallExpression(node)) {
    return false;
  }
  const root = chainRoot(node.expression);
  return ts.isIdentifier(root) && resolveIdentifier(context, root).kind === 'global';
};

/**
 * A value typed `any` (from JSON.parse, Object.create, Array.isArray on unknown) can be given any declared type
 * without a cast, which would slip a run-time string past the checks that trust types. Reported where such a
 * value leaves the expression that produced it.
 */
export const checkAnyValues: SecurityRule = (node, context) => {
  if (!mayProduceAny(node, context) || continuesChain(node) || ts.isExpressionStatement(node.parent)) {
    return;
  }
  if ((context.checker.typeAt(node).flags & ts.TypeFlags.Any) === 0) {
    return;
  }
  const text = node.getText(context.sourceFile).slice(0, 40);
  context.report(node, 'any-value', `\`${text}\` has type any: give it a precise type (e.g. check its shape) before using it`);
};
