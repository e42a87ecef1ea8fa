import ts from 'typescript';
import type { Checker, CheckedSymbol } from './checker';
import { foldSource } from './constants';

/** What a name in the composition refers to. */
export type Resolution =
  | { kind: 'local'; declaration: ts.Declaration }
  | { kind: 'import'; module: string; name: string }
  | { kind: 'global'; name: string };

/** The composition file and its checker, shared by every rule of one validation. */
export interface Analysis {
  sourceFile: ts.SourceFile;
  checker: Checker;
  fps: number;
  assets: ReadonlySet<string>;
}

const isAmbient = (declaration: ts.Node): boolean => {
  for (let node: ts.Node | undefined = declaration; node; node = node.parent) {
    if (ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) {
      return true;
    }
  }
  return false;
};

const importOf = (declaration: ts.Declaration): { module: string; name: string } | null => {
  let importDeclaration: ts.Node | undefined = declaration;
  while (importDeclaration && !ts.isImportDeclaration(importDeclaration)) {
    importDeclaration = importDeclaration.parent;
  }
  if (!importDeclaration || !ts.isStringLiteral(importDeclaration.moduleSpecifier)) {
    return null;
  }
  const module = importDeclaration.moduleSpecifier.text;
  if (ts.isImportSpecifier(declaration)) {
    return { module, name: (declaration.propertyName ?? declaration.name).text };
  }
  return { module, name: ts.isNamespaceImport(declaration) ? '*' : 'default' };
};

const symbolOf = (analysis: Analysis, identifier: ts.Identifier): CheckedSymbol | undefined =>
  ts.isShorthandPropertyAssignment(identifier.parent) && identifier.parent.name === identifier
    ? analysis.checker.shorthandValueSymbol(identifier.parent)
    : analysis.checker.symbolAt(identifier);

/**
 * Resolves an identifier used as a value. A name declared in the composition (outside `declare` statements) is
 * local, an import names its module, and anything else, declared or not, is a global.
 */
export const resolveIdentifier = (analysis: Analysis, identifier: ts.Identifier): Resolution => {
  const declarations = symbolOf(analysis, identifier)?.declarations ?? [];
  const own = declarations.map((d) => d.node).find((node) => node !== null && !isAmbient(node)) as ts.Declaration | undefined;
  if (!own) {
    return { kind: 'global', name: identifier.text };
  }
  const imported = importOf(own);
  return imported ? { kind: 'import', ...imported } : { kind: 'local', declaration: own };
};

/** The expression under parentheses, type assertions and non-null assertions. */
export const unwrap = (expression: ts.Expression): ts.Expression => {
  let current = expression;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isNonNullExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isTypeAssertionExpression(current)
  ) {
    current = current.expression;
  }
  return current;
};

/** Where a chain of calls and member accesses starts (`JSON` in `JSON.parse(s).a[0]()`), under parentheses and casts. */
export const chainRoot = (expression: ts.Expression): ts.Expression => {
  let root = unwrap(expression);
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isCallExpression(root)) {
    root = unwrap(root.expression);
  }
  return root;
};

/**
 * The module export an expression names: `staticFile` (imported from 'remotion'), `Remotion.staticFile` (through
 * a namespace import) or `React.createElement` (the React global counts as the 'react' module).
 */
export const importedExport = (
  analysis: Analysis,
  expression: ts.Expression,
): { module: string; name: string } | null => {
  const target = unwrap(expression);
  if (ts.isIdentifier(target)) {
    const resolution = resolveIdentifier(analysis, target);
    return resolution.kind === 'import' ? resolution : null;
  }
  const owner = ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target) ? unwrap(target.expression) : null;
  if (owner && ts.isIdentifier(owner)) {
    const name = exportName(analysis, target as ts.PropertyAccessExpression | ts.ElementAccessExpression);
    const resolution = resolveIdentifier(analysis, owner);
    const namespace = isNamespace(resolution);
    return name !== null && namespace ? { module: namespace, name } : null;
  }
  return null;
};

/**
 * The module whose exports an identifier's value holds as properties: a namespace import (`* as Remotion`), a
 * default import (React's default export is its namespace) or the React global; null otherwise.
 */
export const isNamespace = (resolution: Resolution): string | null => {
  if (resolution.kind === 'import' && (resolution.name === '*' || resolution.name === 'default')) {
    return resolution.module;
  }
  return resolution.kind === 'global' && resolution.name === 'React' ? 'react' : null;
};

/** The name a member access reads: `.name`, or `['name']` with the name written in the source. */
export const exportName = (analysis: Analysis, access: ts.PropertyAccessExpression | ts.ElementAccessExpression): string | null => {
  if (ts.isPropertyAccessExpression(access)) {
    return access.name.text;
  }
  const folded = foldSource(analysis, access.argumentExpression);
  return folded && typeof folded.value === 'string' ? folded.value : null;
};

/** The local declaration behind an identifier, when the composition declares it itself. */
export const localDeclaration = (analysis: Analysis, identifier: ts.Identifier): ts.Declaration | null => {
  const resolution = resolveIdentifier(analysis, identifier);
  return resolution.kind === 'local' ? resolution.declaration : null;
};
