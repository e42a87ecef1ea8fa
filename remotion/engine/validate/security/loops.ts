import ts from 'typescript';
import { foldConstant } from '../constants';
import { resolveIdentifier } from '../symbols';
import type { SecurityContext, SecurityRule } from './context';

type Loop = ts.WhileStatement | ts.DoStatement | ts.ForStatement;

const isLoop = (node: ts.Node): node is Loop => ts.isWhileStatement(node) || ts.isDoStatement(node) || ts.isForStatement(node);

const isIteration = (node: ts.Node): boolean => isLoop(node) || ts.isForInStatement(node) || ts.isForOfStatement(node);

const conditionOf = (loop: Loop): ts.Expression | undefined => (ts.isForStatement(loop) ? loop.condition : loop.expression);

const labelOf = (loop: Loop): string | null => (ts.isLabeledStatement(loop.parent) ? loop.parent.label.text : null);

/** Whether anything in the body can leave the loop: break (to it or further out), return, throw or yield. */
const canExit = (loop: Loop): boolean => {
  const label = labelOf(loop);
  const outerLabels = new Set<string>();
  for (let node: ts.Node = loop.parent; node && !ts.isFunctionLike(node); node = node.parent) {
    if (ts.isLabeledStatement(node)) {
      outerLabels.add(node.label.text);
    }
  }
  const visit = (node: ts.Node, nestedBreakTarget: boolean): boolean => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) {
      return false;
    }
    if (ts.isReturnStatement(node) || ts.isThrowStatement(node) || ts.isYieldExpression(node)) {
      return true;
    }
    if (ts.isBreakStatement(node)) {
      if (!node.label) {
        return !nestedBreakTarget;
      }
      return node.label.text === label || outerLabels.has(node.label.text);
    }
    const nested = nestedBreakTarget || isIteration(node) || ts.isSwitchStatement(node);
    return ts.forEachChild(node, (child) => visit(child, nested) || undefined) ?? false;
  };
  return visit(loop.statement, false);
};

const variablesRead = (context: SecurityContext, condition: ts.Expression): Set<ts.Declaration> | null => {
  const declarations = new Set<ts.Declaration>();
  let opaque = false;
  const visit = (node: ts.Node): void => {
    const mayChangeByItself =
      ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node);
    if (mayChangeByItself) {
      opaque = true; // a getter or a call may change on its own
      return;
    }
    if (ts.isIdentifier(node)) {
      const resolution = resolveIdentifier(context, node);
      if (resolution.kind === 'local') {
        declarations.add(resolution.declaration);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(condition);
  return opaque ? null : declarations;
};

/** Whether the loop (body, incrementor or condition) writes any of the variables, or calls anything at all. */
const changesAny = (context: SecurityContext, loop: Loop, variables: Set<ts.Declaration>): boolean => {
  const parts: (ts.Node | undefined)[] = [loop.statement, conditionOf(loop), ts.isForStatement(loop) ? loop.incrementor : undefined];
  const writes = (node: ts.Node): boolean => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node)) {
      return true;
    }
    const target =
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      node.operatorToken.kind <= ts.SyntaxKind.LastAssignment
        ? node.left
        : (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
            (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
          ? node.operand
          : undefined;
    if (target && ts.isIdentifier(target)) {
      const resolution = resolveIdentifier(context, target);
      if (resolution.kind === 'local' && variables.has(resolution.declaration)) {
        return true;
      }
    }
    return ts.forEachChild(node, (child) => writes(child) || undefined) ?? false;
  };
  return parts.some((part) => part !== undefined && writes(part));
};

const STEP_UP = new Set([ts.SyntaxKind.PlusPlusToken, ts.SyntaxKind.PlusEqualsToken]);
const STEP_DOWN = new Set([ts.SyntaxKind.MinusMinusToken, ts.SyntaxKind.MinusEqualsToken]);

/** `for (let i = 0; i < n; i--)`: the counter moves away from its bound. */
const countsAway = (context: SecurityContext, loop: ts.ForStatement): boolean => {
  const { condition, incrementor } = loop;
  if (!condition || !incrementor || !ts.isBinaryExpression(condition) || !ts.isIdentifier(condition.left)) {
    return false;
  }
  const counter = condition.left.text;
  let step: ts.SyntaxKind | null = null;
  const unary = ts.isPostfixUnaryExpression(incrementor) || ts.isPrefixUnaryExpression(incrementor);
  if (unary && ts.isIdentifier(incrementor.operand) && incrementor.operand.text === counter) {
    step = incrementor.operator;
  } else if (ts.isBinaryExpression(incrementor) && ts.isIdentifier(incrementor.left) && incrementor.left.text === counter) {
    const amount = foldConstant(context, incrementor.right);
    step = amount && typeof amount.value === 'number' && amount.value > 0 ? incrementor.operatorToken.kind : null;
  }
  const operator = condition.operatorToken.kind;
  const upwardBound = operator === ts.SyntaxKind.LessThanToken || operator === ts.SyntaxKind.LessThanEqualsToken;
  const downwardBound = operator === ts.SyntaxKind.GreaterThanToken || operator === ts.SyntaxKind.GreaterThanEqualsToken;
  return step !== null && ((upwardBound && STEP_DOWN.has(step)) || (downwardBound && STEP_UP.has(step))) && !canExit(loop);
};

/**
 * Loops with no way out: a condition that is always true (`while (true)`, `for (;;)`, `while (1)`, a const
 * alias) with no break/return/throw inside; a condition over variables nothing in the loop changes; a counter
 * stepping away from its bound. Frames are rendered synchronously, so such a loop would hang the render.
 */
export const checkLoops: SecurityRule = (node, context) => {
  if (!isLoop(node)) {
    return;
  }
  const condition = conditionOf(node);
  const folded = condition ? foldConstant(context, condition) : { value: true };
  const message = 'this loop never ends: give it a condition that becomes false, or a break';
  if (folded) {
    if (folded.value && !canExit(node)) {
      context.report(node, 'endless-loop', message);
    }
    return;
  }
  const variables = condition ? variablesRead(context, condition) : null;
  if (variables && !changesAny(context, node, variables) && !canExit(node)) {
    context.report(node, 'endless-loop', 'this loop never ends: nothing inside it changes the variables its condition reads');
  } else if (ts.isForStatement(node) && countsAway(context, node)) {
    context.report(node, 'endless-loop', 'this loop never ends: its counter moves away from the bound it is compared with');
  }
};
