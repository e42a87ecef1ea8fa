import type { VideoScript } from '../../../src/types';
import { reporter, type Diagnostic } from '../diagnostics';
import type { TypeDiagnostic } from '../nativeProject';
import type { Analysis } from '../symbols';
import { checkDefaultExport } from './defaultExport';
import { checkDuration } from './duration';
import { checkExits } from './exits';
import { checkPalette } from './palette';
import { findTimelines } from './timeline';

/** Default export, remotion import, exit transitions; with a script also its duration and palette. */
export const checkStructure = (analysis: Analysis, script: VideoScript | null, contract: readonly TypeDiagnostic[]): Diagnostic[] => {
  const diagnostics: Diagnostic[] = [];
  const report = reporter(analysis.sourceFile, 'structure', diagnostics);
  checkDefaultExport(analysis.sourceFile, contract, report);
  const timelines = findTimelines(analysis);
  checkExits(analysis, timelines, report);
  if (script) {
    checkDuration(analysis, script, timelines, report);
    checkPalette(analysis, script, report);
  }
  return diagnostics;
};
