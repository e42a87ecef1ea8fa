import { transform } from 'esbuild';

export interface CompileDiagnostic {
  check: 'compile';
  severity: 'error';
  line: number;
  column: number;
  code: string;
  message: string;
}

export type CompileResult = { ok: true; js: string } | { ok: false; diagnostics: CompileDiagnostic[] };

/** esbuild counts columns in UTF-8 bytes; diagnostics count characters, 1-based. */
const characterColumn = (lineText: string, byteColumn: number): number =>
  [...Buffer.from(lineText).subarray(0, byteColumn).toString()].length + 1;

/** TSX -> a CommonJS module for DynamicVideo's sandbox. Never throws: syntax errors come back as diagnostics. */
export const compileTsx = async (code: string): Promise<CompileResult> => {
  try {
    const result = await transform(code, {
      loader: 'tsx',
      format: 'cjs',
      jsx: 'transform',
      target: 'es2020',
      sourcefile: 'composition.tsx',
    });
    return { ok: true, js: result.code };
  } catch (error) {
    const errors = (
      error as { errors?: { text: string; location?: { line: number; column: number; lineText: string } | null }[] }
    ).errors;
    if (!errors) {
      throw error;
    }
    return {
      ok: false,
      diagnostics: errors.map((item) => ({
        check: 'compile',
        severity: 'error',
        line: item.location?.line ?? 1,
        column: item.location ? characterColumn(item.location.lineText, item.location.column) : 1,
        code: 'syntax',
        message: item.text,
      })),
    };
  }
};
