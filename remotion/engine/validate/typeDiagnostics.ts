import ts from 'typescript';
import { positionOf, type Diagnostic } from './diagnostics';
import type { TypeDiagnostic } from './nativeProject';

// "declared but never used" and friends: worth fixing, never a reason to reject a composition.
const UNUSED = new Set([6133, 6138, 6192, 6196, 6198, 6199, 6205]);
const SUPPRESSIONS = ['@ts-ignore', '@ts-nocheck', '@ts-expect-error'];

/** The compiler's syntax and type errors in the composition, as diagnostics of the 'types' check. */
export const typeDiagnostics = (sourceFile: ts.SourceFile, diagnostics: readonly TypeDiagnostic[]): Diagnostic[] =>
  diagnostics.map((diagnostic) => ({
    check: 'types',
    severity: UNUSED.has(diagnostic.code) || !diagnostic.error ? 'warning' : 'error',
    ...positionOf(sourceFile, diagnostic.pos),
    code: `TS${diagnostic.code}`,
    message: diagnostic.message,
  }));

/** `// @ts-ignore` and the like switch the type check off where the code needs it most. */
export const suppressionDiagnostics = (sourceFile: ts.SourceFile): Diagnostic[] => {
  const text = sourceFile.text;
  const seen = new Set<number>();
  const found: Diagnostic[] = [];
  const collect = (ranges: ts.CommentRange[] | undefined): void => {
    for (const range of ranges ?? []) {
      if (seen.has(range.pos)) {
        continue;
      }
      seen.add(range.pos);
      const comment = text.slice(range.pos, range.end);
      const directive = SUPPRESSIONS.find((item) => comment.includes(item));
      if (directive) {
        found.push({
          check: 'types',
          severity: 'error',
          ...positionOf(sourceFile, range.pos),
          code: 'ts-suppression',
          message: `\`${directive}\` is not allowed: fix the type error instead of hiding it`,
        });
      }
    }
  };
  const visit = (node: ts.Node): void => {
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  collect(ts.getLeadingCommentRanges(text, sourceFile.endOfFileToken.pos));
  return found;
};
