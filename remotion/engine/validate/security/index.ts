import ts from 'typescript';
import { reporter, type Diagnostic } from '../diagnostics';
import type { Analysis } from '../symbols';
import { checkAnyValues } from './anyValues';
import type { SecurityContext, SecurityRule } from './context';
import { checkDeterminism } from './determinism';
import { checkGlobals } from './globals';
import { checkHangs } from './hangs';
import { checkImports } from './imports';
import { checkImportUses } from './importUses';
import { checkJsx } from './jsx';
import { checkLoops } from './loops';
import { checkMediaSources } from './mediaSources';
import { checkMembers } from './members';
import { checkSyntax, checkTypeAnnotation, isAmbientDeclaration } from './syntax';
import { checkUrls } from './urls';
import { checkWrites } from './writes';

const RULES: SecurityRule[] = [
  checkImports,
  checkImportUses,
  checkGlobals,
  checkMembers,
  checkWrites,
  checkJsx,
  checkMediaSources,
  checkUrls,
  checkLoops,
  checkDeterminism,
  checkHangs,
  checkSyntax,
  checkAnyValues,
];

/** A type annotation: no runtime code inside, only `any` to look for. `class X extends Y` stays code. */
const isTypeOnly = (node: ts.Node): boolean =>
  ts.isInterfaceDeclaration(node) ||
  ts.isTypeAliasDeclaration(node) ||
  (ts.isExpressionWithTypeArguments(node)
    ? !(ts.isHeritageClause(node.parent) && node.parent.token === ts.SyntaxKind.ExtendsKeyword)
    : ts.isTypeNode(node));

const dedupe = (diagnostics: Diagnostic[]): Diagnostic[] => {
  const seen = new Set<string>();
  return diagnostics.filter((item) => {
    const key = `${item.line}:${item.column}:${item.code}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
};

/** Walks the whole syntax tree once, giving every node outside type annotations to every security rule. */
export const checkSecurity = (analysis: Analysis): Diagnostic[] => {
  const diagnostics: Diagnostic[] = [];
  const context: SecurityContext = { ...analysis, report: reporter(analysis.sourceFile, 'security', diagnostics) };
  const visit = (node: ts.Node): void => {
    if (isTypeOnly(node)) {
      checkTypeAnnotation(node, context);
      return;
    }
    for (const rule of RULES) {
      rule(node, context);
    }
    if (!isAmbientDeclaration(node)) {
      ts.forEachChild(node, visit);
    }
  };
  visit(analysis.sourceFile);
  return dedupe(diagnostics);
};
