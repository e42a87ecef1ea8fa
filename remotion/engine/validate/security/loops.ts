import ts from 'typescript';
import { foldConstant } from '../constants';
import { resolveIdentifier, unwrap } from '../symbols';
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

/** More iterations than any picture needs per frame: a render would stall on it. */
export const LOOP_LIMIT = 10_000_000;

type Relation =
  | ts.SyntaxKind.LessThanToken
  | ts.SyntaxKind.LessThanEqualsToken
  | ts.SyntaxKind.GreaterThanToken
  | ts.SyntaxKind.GreaterThanEqualsToken;

const FLIPPED: Partial<Record<ts.SyntaxKind, Relation>> = {
  [ts.SyntaxKind.LessThanToken]: ts.SyntaxKind.GreaterThanToken,
  [ts.SyntaxKind.LessThanEqualsToken]: ts.SyntaxKind.GreaterThanEqualsToken,
  [ts.SyntaxKind.GreaterThanToken]: ts.SyntaxKind.LessThanToken,
  [ts.SyntaxKind.GreaterThanEqualsToken]: ts.SyntaxKind.LessThanEqualsToken,
};

const foldedNumber = (context: SecurityContext, expression: ts.Expression): number | null => {
  const folded = foldConstant(context, expression);
  return folded && typeof folded.value === 'number' && !Number.isNaN(folded.value) ? folded.value : null;
};

const counterDeclaration = (context: SecurityContext, node: ts.Expression): ts.VariableDeclaration | null => {
  const expression = unwrap(node);
  if (!ts.isIdentifier(expression)) {
    return null;
  }
  const resolution = resolveIdentifier(context, expression);
  return resolution.kind === 'local' && ts.isVariableDeclaration(resolution.declaration) ? resolution.declaration : null;
};

/** How one write moves the counter (+1, -2...), or null when it is not a constant step. */
const stepOf = (context: SecurityContext, write: ts.Node, counter: ts.VariableDeclaration): number | null => {
  if (ts.isPrefixUnaryExpression(write) || ts.isPostfixUnaryExpression(write)) {
    return write.operator === ts.SyntaxKind.PlusPlusToken ? 1 : -1;
  }
  if (!ts.isBinaryExpression(write)) {
    return null;
  }
  const operator = write.operatorToken.kind;
  if (operator === ts.SyntaxKind.PlusEqualsToken || operator === ts.SyntaxKind.MinusEqualsToken) {
    const amount = foldedNumber(context, write.right);
    return amount === null ? null : operator === ts.SyntaxKind.PlusEqualsToken ? amount : -amount;
  }
  const value = unwrap(write.right);
  if (operator === ts.SyntaxKind.EqualsToken && ts.isBinaryExpression(value) && counterDeclaration(context, value.left) === counter) {
    const amount = foldedNumber(context, value.right);
    const kind = value.operatorToken.kind;
    if (amount !== null && (kind === ts.SyntaxKind.PlusToken || kind === ts.SyntaxKind.MinusToken)) {
      return kind === ts.SyntaxKind.PlusToken ? amount : -amount;
    }
  }
  return null;
};

/** The writes to a counter inside a loop (body, condition, incrementor), nested functions left out. */
const writesTo = (context: SecurityContext, loop: Loop, counter: ts.VariableDeclaration): ts.Node[] | null => {
  const found: ts.Node[] = [];
  let opaque = false;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) {
      return;
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
    if (target) {
      const plain = counterDeclaration(context, target) === counter;
      if (plain) {
        found.push(node);
      } else if (ts.isObjectLiteralExpression(unwrap(target)) || ts.isArrayLiteralExpression(unwrap(target))) {
        opaque = true; // a destructuring assignment may write it
      }
    }
    ts.forEachChild(node, visit);
  };
  [loop.statement, conditionOf(loop), ts.isForStatement(loop) ? loop.incrementor : undefined].forEach((part) => part && visit(part));
  return opaque ? null : found;
};

/**
 * How many times a counting loop runs when its start, bound and step are constants (`for (let i = A; i < B;
 * i += S)`, or a while loop over a let counter): Infinity when the step never reaches the bound; null when unknown.
 */
const iterationCount = (context: SecurityContext, loop: Loop): number | null => {
  const condition = conditionOf(loop);
  const test = condition ? unwrap(condition) : undefined;
  if (!test || !ts.isBinaryExpression(test) || !FLIPPED[test.operatorToken.kind]) {
    return null;
  }
  let counter = counterDeclaration(context, test.left);
  let bound = foldedNumber(context, test.right);
  let relation = test.operatorToken.kind as Relation;
  if (!counter || bound === null) {
    counter = counterDeclaration(context, test.right);
    bound = foldedNumber(context, test.left);
    relation = FLIPPED[relation]!;
  }
  const iterated = counter && (ts.isForOfStatement(counter.parent.parent) || ts.isForInStatement(counter.parent.parent));
  if (!counter || bound === null || !counter.initializer || iterated) {
    return null;
  }
  const start = foldedNumber(context, counter.initializer);
  const writes = writesTo(context, loop, counter);
  if (start === null || !writes || writes.length !== 1) {
    return null;
  }
  const step = stepOf(context, writes[0], counter);
  if (step === null || Number.isNaN(step)) {
    return null;
  }
  const upward = relation === ts.SyntaxKind.LessThanToken || relation === ts.SyntaxKind.LessThanEqualsToken;
  const distance = upward ? bound - start : start - bound;
  const inclusive = relation === ts.SyntaxKind.LessThanEqualsToken || relation === ts.SyntaxKind.GreaterThanEqualsToken;
  if (distance < 0 || (distance === 0 && !inclusive)) {
    return 0;
  }
  const progress = upward ? step : -step;
  if (progress <= 0 || !Number.isFinite(distance)) {
    return Infinity;
  }
  return Math.floor(distance / progress) + 1;
};

/** The known iteration counts of the loops around a loop, in the same function, multiplied. */
const enclosingCount = (context: SecurityContext, loop: Loop): number => {
  let product = 1;
  for (let node: ts.Node = loop.parent; node && !ts.isFunctionLike(node); node = node.parent) {
    if (isLoop(node)) {
      const count = iterationCount(context, node);
      if (count !== null && Number.isFinite(count)) {
        product *= count;
      }
    }
  }
  return product;
};

/** Counting loops that run astronomically often (or never reach their bound) stall the frame they run in. */
const checkLoopCount = (context: SecurityContext, loop: Loop): void => {
  const count = iterationCount(context, loop);
  if (count === null) {
    return;
  }
  if (count === Infinity) {
    if (!canExit(loop)) {
      context.report(loop, 'endless-loop', 'this loop never ends: its counter never moves towards the bound it is compared with');
    }
    return;
  }
  const total = count * enclosingCount(context, loop);
  if (total > LOOP_LIMIT) {
    const times = total.toExponential(1);
    context.report(
      loop,
      'huge-loop',
      `this loop runs about ${times} times per frame (more than ${LOOP_LIMIT.toLocaleString('en-US')}): a render would stall on it`,
    );
  }
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
  checkLoopCount(context, node);
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
