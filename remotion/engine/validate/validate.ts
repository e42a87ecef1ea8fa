import ts from 'typescript';
import type { VideoScript } from '../../src/types';
import { compileTsx } from '../compile';
import { byPosition, type Diagnostic } from './diagnostics';
import { NativeChecker } from './nativeChecker';
import { COMPOSITION_FILE, NativeProject } from './nativeProject';
import { checkSecurity } from './security';
import { checkStructure } from './structure';
import type { Analysis } from './symbols';
import { suppressionDiagnostics, typeDiagnostics } from './typeDiagnostics';
import { TypeCheckWorker } from './typeCheckWorker';

export interface ValidateParams {
  code: string;
  /** With a script, the duration and palette are checked against it. */
  script: VideoScript | null;
  /** Image and audio URLs of this job that the composition may load. */
  assets: string[];
  fps: number;
}

export interface ValidateResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** The compiled CommonJS module for DynamicVideo, when there is no error. */
  js?: string;
  ms: number;
}

let typeChecker: TypeCheckWorker | null = null;
let queries: NativeProject | null = null;

const validateWith = async (compiler: NativeProject, params: ValidateParams): Promise<ValidateResult> => {
  const started = performance.now();
  typeChecker ??= new TypeCheckWorker();
  const typeChecking = typeChecker.check(params.code);
  const compiling = compileTsx(params.code);
  // Both are awaited below; never an unhandled rejection if the rules throw first.
  typeChecking.catch(() => undefined);
  compiling.catch(() => undefined);
  const sourceFile = ts.createSourceFile(COMPOSITION_FILE, params.code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const project = compiler.update(params.code);
  const parses = project.program.getSyntacticDiagnostics(COMPOSITION_FILE).length === 0;
  const analysis: Analysis | null = parses
    ? { sourceFile, checker: new NativeChecker(project, sourceFile), fps: params.fps, assets: new Set(params.assets) }
    : null;
  const diagnostics = [...suppressionDiagnostics(sourceFile), ...(analysis ? checkSecurity(analysis) : [])];
  const typeCheck = await typeChecking;
  diagnostics.push(...typeDiagnostics(sourceFile, typeCheck.diagnostics));
  const compiled = await compiling;
  let js: string | undefined;
  if (analysis && !typeCheck.diagnostics.some((diagnostic) => diagnostic.code < 2000)) {
    diagnostics.push(...checkStructure(analysis, params.script, typeCheck.contract));
    if (compiled.ok) {
      js = compiled.js;
    } else {
      diagnostics.push(...compiled.diagnostics);
    }
  }
  const ok = !diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return {
    ok,
    diagnostics: diagnostics.sort(byPosition),
    ...(ok && js !== undefined ? { js } : {}),
    ms: Math.round(performance.now() - started),
  };
};

/**
 * Types, security and structure of one generated composition, then esbuild. `ok` means no error (warnings
 * allowed). Three things run at once: the type check (a worker thread with its own native TypeScript compiler),
 * esbuild (its own process), and here the rules, which walk TypeScript 6's syntax tree of the same text and ask a
 * second native compiler about its symbols and types. Both compilers start on first use (under a second) and
 * stay warm. Code that does not parse gets only its syntax errors: it cannot run, and its tree is a guess.
 */
export const validateComposition = async (params: ValidateParams): Promise<ValidateResult> => {
  try {
    return await validateWith((queries ??= new NativeProject()), params);
  } catch (error) {
    // A compiler that failed once is not trusted again: the next check starts a new one.
    queries?.close();
    queries = null;
    throw error;
  }
};
