import ts from 'typescript';
import type { SecurityRule } from './context';

const isAny = (type: ts.Type): boolean => (type.flags & ts.TypeFlags.Any) !== 0;

/** The value goes on being used as part of a bigger expression of its own (`JSON.parse(s).a.b`). */
const continuesChain = (node: ts.Node): boolean => {
  const parent = node.parent;
  return (
    ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent) || ts.isCallExpression(parent)) && parent.expression === node) ||
    ts.isParenthesizedExpression(parent) ||
    ts.isNonNullExpression(parent)
  );
};

/**
 * A value typed `any` (from JSON.parse, Object.create, an untyped library call) can be given any declared type
 * without a cast, which would slip a run-time string past the checks that trust types. Reported where such a
 * value leaves the expression that produced it.
 */
export const checkAnyValues: SecurityRule = (node, context) => {
  if (!(ts.isCallExpression(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) || continuesChain(node)) {
    return;
  }
  if (ts.isExpressionStatement(node.parent) || !isAny(context.checker.getTypeAtLocation(node))) {
    return;
  }
  const text = node.getText(context.sourceFile).slice(0, 40);
  context.report(node, 'any-value', `\`${text}\` has type any: give it a precise type (e.g. check its shape) before using it`);
};
