import ts from 'typescript';
import { resolveIdentifier, unwrap } from '../symbols';
import type { SecurityContext, SecurityRule } from './context';

const isDeclare = (node: ts.Node): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword) ?? false);

/** `declare` statements and `declare global` invent names the checker then trusts; a composition needs none. */
export const isAmbientDeclaration = (node: ts.Node): boolean =>
  isDeclare(node) || (ts.isModuleDeclaration(node) && (node.flags & ts.NodeFlags.GlobalAugmentation) !== 0);

const isTrustedTag = (tag: ts.Expression, context: SecurityContext): boolean => {
  const target = unwrap(tag);
  if (ts.isIdentifier(target)) {
    return resolveIdentifier(context, target).kind === 'local';
  }
  return (
    ts.isPropertyAccessExpression(target) &&
    target.name.text === 'raw' &&
    ts.isIdentifier(target.expression) &&
    target.expression.text === 'String' &&
    resolveIdentifier(context, target.expression).kind === 'global'
  );
};

const isAssertion = (node: ts.Node): node is ts.AsExpression | ts.TypeAssertion =>
  ts.isAsExpression(node) || ts.isTypeAssertionExpression(node);

/** `x as unknown as T`, or `value as T` where value is unknown or any: asserting a type unrelated to the value's. */
const isLaundering = (node: ts.Node, context: SecurityContext): boolean => {
  if (!isAssertion(node) || node.type.kind === ts.SyntaxKind.UnknownKeyword || ts.isConstTypeReference(node.type)) {
    return false;
  }
  let inner = node.expression;
  while (ts.isParenthesizedExpression(inner)) {
    inner = inner.expression;
  }
  if (isAssertion(inner) && inner.type.kind === ts.SyntaxKind.UnknownKeyword) {
    return true;
  }
  return (context.checker.typeAt(inner).flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) !== 0;
};

/** Statements that hide what code does from the other checks: with, declare, tagged templates on unknown tags. */
export const checkSyntax: SecurityRule = (node, context) => {
  if (ts.isWithStatement(node)) {
    context.report(node, 'with-statement', '`with` is not allowed: it hides which variable a name refers to');
  } else if (isAmbientDeclaration(node)) {
    context.report(node, 'ambient-declaration', '`declare` is not allowed: it makes the checker trust names that do not exist');
  } else if (isLaundering(node, context)) {
    context.report(node, 'type-laundering', '`as unknown as ...` is not allowed: it makes a value pass for a type it does not have');
  } else if (ts.isTaggedTemplateExpression(node) && !isTrustedTag(node.tag, context)) {
    context.report(node, 'tagged-template', 'a tagged template is allowed only with String.raw or a function the composition declares');
  }
};

/** Explicit `any` turns off the checks that rely on types (computed keys, media sources): give values real types. */
export const checkTypeAnnotation = (node: ts.Node, context: SecurityContext): void => {
  if (node.kind === ts.SyntaxKind.AnyKeyword) {
    context.report(node, 'any-type', '`any` is not allowed: it hides what a value is from the security checks; give it a real type');
    return;
  }
  ts.forEachChild(node, (child) => checkTypeAnnotation(child, context));
};
