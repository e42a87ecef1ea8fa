import type { VideoScript } from '../../src/types';
import { compileTsx } from '../compile';
import { byPosition, type Diagnostic } from './diagnostics';
import { checkSecurity } from './security';
import { checkStructure } from './structure';
import type { Analysis } from './symbols';
import { suppressionDiagnostics, typeDiagnostics } from './typeDiagnostics';
import { TypeService } from './typeService';

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

let service: TypeService | null = null;

/**
 * Types, security and structure of one generated composition, then esbuild. `ok` means no error (warnings
 * allowed). The TypeScript service is created on first use (about a second) and kept warm afterwards.
 */
export const validateComposition = async (params: ValidateParams): Promise<ValidateResult> => {
  const started = performance.now();
  service ??= new TypeService();
  // esbuild works in its own process: let it compile while the checks run here.
  const compiling = compileTsx(params.code);
  compiling.catch(() => undefined); // awaited below; never an unhandled rejection if the checks throw first
  const checked = service.check(params.code);
  const analysis: Analysis = {
    sourceFile: checked.sourceFile,
    checker: checked.checker,
    fps: params.fps,
    assets: new Set(params.assets),
  };
  const diagnostics = [
    ...typeDiagnostics(checked),
    ...suppressionDiagnostics(checked.sourceFile),
    ...checkSecurity(analysis),
    ...checkStructure(analysis, params.script, checked.contractDiagnostics),
  ];
  const syntaxBroken = checked.diagnostics.some((diagnostic) => diagnostic.code < 2000);
  let js: string | undefined;
  const compiled = await compiling;
  if (!syntaxBroken) {
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
