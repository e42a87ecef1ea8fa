import ts from 'typescript';
import type { Report } from '../diagnostics';
import { foldNumber } from '../constants';
import { importedExport, type Analysis } from '../symbols';
import { defaultExports } from './defaultExport';
import { reachableCode, type Scene, type Timeline } from './timeline';

// An exit that starts this close to the scene's end (in frames) counts as the scene's exit.
const EXIT_WINDOW = 45;
const ENDISH_NAME = /duration|exit|outro/i;

const nameOf = (node: ts.Expression): string | null =>
  ts.isIdentifier(node) ? node.text : ts.isPropertyAccessExpression(node) ? node.name.text : null;

/** `durationInFrames - 15`, `sceneDuration - fadeFrames`: arithmetic relative to the scene's end. */
const isRelativeToEnd = (node: ts.Node): boolean =>
  ts.isBinaryExpression(node) &&
  node.operatorToken.kind === ts.SyntaxKind.MinusToken &&
  ENDISH_NAME.test(nameOf(node.left) ?? '');

/** interpolate(frame, [.., 80, 90], ...) in a 90-frame scene: an animation that runs into the scene's end. */
const interpolatesIntoEnd = (analysis: Analysis, node: ts.Node, frames: number | null): boolean => {
  if (frames === null || !ts.isCallExpression(node)) {
    return false;
  }
  const callee = importedExport(analysis, node.expression);
  const range = node.arguments[1];
  if (callee?.module !== 'remotion' || callee.name !== 'interpolate' || !range || !ts.isArrayLiteralExpression(range)) {
    return false;
  }
  return range.elements.some((element) => {
    const value = foldNumber(analysis, element);
    return value !== null && value >= frames - EXIT_WINDOW && value > 0;
  });
};

const isLibraryExit = (analysis: Analysis, node: ts.Node): boolean => {
  const name = ts.isJsxOpeningLikeElement(node) ? node.tagName : ts.isCallExpression(node) ? node.expression : null;
  const target = name ? importedExport(analysis, name as ts.Expression) : null;
  return target?.module === '@ppr/components' && (target.name === 'SceneExit' || target.name === 'useExit');
};

const hasExit = (analysis: Analysis, root: ts.Node, frames: number | null): boolean =>
  reachableCode(analysis, root).some((code) => {
    const visit = (node: ts.Node): boolean =>
      isLibraryExit(analysis, node) ||
      isRelativeToEnd(node) ||
      interpolatesIntoEnd(analysis, node, frames) ||
      (ts.forEachChild(node, visit) ?? false);
    return visit(code);
  });

/**
 * Heuristic: a scene has an exit transition when the code it renders (its Sequence's children plus the local
 * components and functions they use) contains <SceneExit>, useExit(), arithmetic on the scene's end
 * (`durationInFrames - 15`, or any name with duration/exit/outro minus something), or an interpolate() whose
 * input range reaches into the scene's last 45 frames. A composition with no Sequence is one scene.
 */
export const checkExits = (analysis: Analysis, timelines: Timeline[], report: Report): void => {
  const scenes: Scene[] = timelines.flatMap((timeline) => timeline.scenes);
  if (scenes.length === 0) {
    const root = defaultExports(analysis.sourceFile)[0];
    if (root && !hasExit(analysis, analysis.sourceFile, null)) {
      report(root, 'missing-exit', 'the video has no exit transition: fade it out at the end with useExit() or <SceneExit>', 'warning');
    }
    return;
  }
  scenes.forEach((scene, index) => {
    if (!hasExit(analysis, scene.element, scene.frames)) {
      const which = scene.repeated ? 'the scenes made here have' : `scene ${index + 1} has`;
      report(
        scene.element,
        'missing-exit',
        `${which} no exit transition: wrap the content in <SceneExit> or fade it out with useExit() / ` +
          'interpolate(frame, [durationInFrames - 15, durationInFrames], [1, 0])',
        'warning',
      );
    }
  });
};
