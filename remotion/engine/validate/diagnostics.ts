import ts from 'typescript';

export type Check = 'types' | 'security' | 'structure' | 'compile';
export type Severity = 'error' | 'warning';

/** One finding about the generated TSX. Lines and columns are 1-based; columns count characters (code points). */
export interface Diagnostic {
  check: Check;
  severity: Severity;
  line: number;
  column: number;
  code: string;
  message: string;
}

export type Report = (node: ts.Node, code: string, message: string, severity?: Severity) => void;

export const positionOf = (sourceFile: ts.SourceFile, offset: number): { line: number; column: number } => {
  const { line } = sourceFile.getLineAndCharacterOfPosition(offset);
  const lineStart = sourceFile.getPositionOfLineAndCharacter(line, 0);
  return { line: line + 1, column: [...sourceFile.text.slice(lineStart, offset)].length + 1 };
};

/** A `report` function that collects diagnostics of one check into `into`, placed at a node's first token. */
export const reporter =
  (sourceFile: ts.SourceFile, check: Check, into: Diagnostic[]): Report =>
  (node, code, message, severity = 'error') => {
    into.push({ check, severity, ...positionOf(sourceFile, node.getStart(sourceFile)), code, message });
  };

export const byPosition = (a: Diagnostic, b: Diagnostic): number => a.line - b.line || a.column - b.column;
