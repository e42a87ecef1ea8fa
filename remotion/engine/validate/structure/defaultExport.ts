import ts from 'typescript';
import type { Report } from '../diagnostics';
import type { TypeDiagnostic } from '../nativeProject';

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node)?.some((modifier) => modifier.kind === kind) ?? false);

/** Every `export default ...`, `export default function ...` and `export { X as default }` of the file. */
export const defaultExports = (sourceFile: ts.SourceFile): ts.Node[] =>
  sourceFile.statements.flatMap((statement): ts.Node[] => {
    if (ts.isExportAssignment(statement) && !statement.isExportEquals) {
      return [statement];
    }
    const declaresDefault = ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement);
    if (declaresDefault && hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) {
      return [statement];
    }
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      return statement.exportClause.elements.filter((element) => element.name.text === 'default');
    }
    return [];
  });

/**
 * One default export, and it must type-check as React.ComponentType<GeneratedVideoProps>, which is how
 * DynamicVideo renders it. The module must import from 'remotion'.
 */
export const checkDefaultExport = (sourceFile: ts.SourceFile, contract: readonly TypeDiagnostic[], report: Report): void => {
  const exports = defaultExports(sourceFile);
  if (exports.length === 0) {
    report(sourceFile, 'missing-default-export', 'the composition needs `export default` of its React component');
  } else if (exports.length > 1) {
    exports.slice(1).forEach((node) => report(node, 'multiple-default-exports', 'only one default export is allowed'));
  } else {
    const problem = contract.find((diagnostic) => diagnostic.error);
    if (problem) {
      const why = problem.message;
      const message = `the default export must be a React component taking GeneratedVideoProps: ${why}`;
      report(exports[0]!, 'default-export-not-component', message);
    }
  }
  const importsRemotion = sourceFile.statements.some(
    (statement) =>
      ts.isImportDeclaration(statement) &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      statement.moduleSpecifier.text === 'remotion',
  );
  if (!importsRemotion) {
    report(sourceFile, 'missing-remotion-import', "the composition must import from 'remotion' (useCurrentFrame, Sequence, ...)");
  }
};
