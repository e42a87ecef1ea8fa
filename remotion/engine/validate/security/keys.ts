import ts from 'typescript';
import type { Checker } from '../checker';
import { foldSource } from '../constants';
import { importedExport, resolveIdentifier, unwrap } from '../symbols';
import type { SecurityContext } from './context';
import { LiteralData } from './literalData';

/*
 * What a computed key may be at run time. Types are never trusted for this: a type guard, an overload, array
 * covariance or an `as` on a for-of iterable can all give a run-time 'constructor' the type 'name'. A key is
 * known only when its values are written in the composition (literals, string building, const tables), or when
 * it is a number by construction (arithmetic, a loop counter, a callback's index).
 */

export const MAX_DEPTH = 12;

export type KeyTrust =
  /** Every value the key can take, written in the source. */
  | { kind: 'literal'; names: string[] }
  /** A number whatever the types say: it names no method or prototype. */
  | { kind: 'numeric' }
  | { kind: 'untrusted' };

/** Array methods whose callback gets (element, index, array). */
export const INDEXED_CALLBACK_METHODS = new Set([
  'map',
  'forEach',
  'filter',
  'some',
  'every',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'flatMap',
]);
/** Array methods whose callback gets (accumulator, element, index, array). */
const REDUCERS = new Set(['reduce', 'reduceRight']);
/** Binary operators whose result is a number (or a bigint, or a boolean) whatever their operands are. */
const NUMERIC_OPERATORS = new Set([
  ts.SyntaxKind.MinusToken,
  ts.SyntaxKind.AsteriskToken,
  ts.SyntaxKind.SlashToken,
  ts.SyntaxKind.PercentToken,
  ts.SyntaxKind.AsteriskAsteriskToken,
  ts.SyntaxKind.AmpersandToken,
  ts.SyntaxKind.BarToken,
  ts.SyntaxKind.CaretToken,
  ts.SyntaxKind.LessThanLessThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.InKeyword,
  ts.SyntaxKind.InstanceOfKeyword,
]);
/** Compound assignments that leave a number in a variable holding a number. */
export const NUMERIC_ASSIGNMENTS = new Set([
  ts.SyntaxKind.MinusEqualsToken,
  ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.SlashEqualsToken,
  ts.SyntaxKind.PercentEqualsToken,
  ts.SyntaxKind.AsteriskAsteriskEqualsToken,
  ts.SyntaxKind.AmpersandEqualsToken,
  ts.SyntaxKind.BarEqualsToken,
  ts.SyntaxKind.CaretEqualsToken,
  ts.SyntaxKind.LessThanLessThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
]);
const NUMBER_GLOBAL_FUNCTIONS = new Set(['Number', 'parseInt', 'parseFloat']);

export const isAssignmentOperator = (kind: ts.SyntaxKind): boolean =>
  kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;

/** One write to a local variable: the operator and the value written (null when not a plain expression). */
interface Assignment {
  operator: ts.SyntaxKind;
  value: ts.Expression | null;
}

const assignmentsCache = new WeakMap<Checker, Map<ts.Node, Assignment[]>>();

/** Every write to each local variable of the composition (for `let` counters and aliases). */
export const assignmentsOf = (context: SecurityContext): Map<ts.Node, Assignment[]> => {
  let found = assignmentsCache.get(context.checker);
  if (found) {
    return found;
  }
  const assignments = new Map<ts.Node, Assignment[]>();
  found = assignments;
  const add = (target: ts.Expression, assignment: Assignment): void => {
    const expression = unwrap(target);
    if (ts.isIdentifier(expression)) {
      const resolution = resolveIdentifier(context, expression);
      if (resolution.kind === 'local') {
        const declaration = resolution.declaration;
        (assignments.get(declaration) ?? assignments.set(declaration, []).get(declaration)!).push(assignment);
      }
    } else if (ts.isObjectLiteralExpression(expression) || ts.isArrayLiteralExpression(expression)) {
      // Destructuring assignment: whatever it writes is unknown here.
      const visit = (node: ts.Node): void => {
        if (ts.isIdentifier(node)) {
          add(node, { operator: ts.SyntaxKind.EqualsToken, value: null });
        } else if (!ts.isPropertyAccessExpression(node) && !ts.isElementAccessExpression(node) && !ts.isComputedPropertyName(node)) {
          ts.forEachChild(node, visit);
        }
      };
      ts.forEachChild(expression, (child) => {
        if (ts.isPropertyAssignment(child)) {
          visit(child.initializer);
        } else {
          visit(child);
        }
      });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && isAssignmentOperator(node.operatorToken.kind)) {
      add(node.left, { operator: node.operatorToken.kind, value: node.right });
    } else if (
      (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
    ) {
      add(node.operand, { operator: node.operator, value: null });
    } else if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) {
      add(node.initializer, { operator: ts.SyntaxKind.EqualsToken, value: null });
    }
    ts.forEachChild(node, visit);
  };
  visit(context.sourceFile);
  assignmentsCache.set(context.checker, assignments);
  return found;
};

const isConstDeclaration = (declaration: ts.VariableDeclaration): boolean =>
  (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.BlockScoped) === ts.NodeFlags.Const;

/** `useVideoConfig()`, `interpolate(...)`: a call to a function exported by remotion (its values are Remotion's). */
export const isRemotionCall = (node: ts.Expression | undefined, context: SecurityContext): boolean => {
  const call = node ? unwrap(node) : undefined;
  return call !== undefined && ts.isCallExpression(call) && importedExport(context, call.expression)?.module === 'remotion';
};

/**
 * The (element, index) callback of an array method, or the (accumulator, element, index) one of reduce, or the
 * map function of Array.from: the method that calls it, and the index parameter's position.
 */
const indexParameterPosition = (fn: ts.SignatureDeclaration, context: SecurityContext): number | null => {
  const call = fn.parent;
  if (!ts.isCallExpression(call)) {
    return null;
  }
  const callee = unwrap(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) {
    return null;
  }
  const name = callee.name.text;
  if (call.arguments[0] === fn && INDEXED_CALLBACK_METHODS.has(name)) {
    return 1;
  }
  if (call.arguments[0] === fn && REDUCERS.has(name)) {
    return 2;
  }
  const owner = unwrap(callee.expression);
  const isArrayFrom =
    name === 'from' && ts.isIdentifier(owner) && owner.text === 'Array' && resolveIdentifier(context, owner).kind === 'global';
  return isArrayFrom && call.arguments[1] === fn ? 1 : null;
};

/** Whether an expression is a number (or a boolean) when it runs, whatever the types say. */
export const isNumericByConstruction = (node: ts.Expression, context: SecurityContext, depth = 0): boolean => {
  if (depth > MAX_DEPTH) {
    return false;
  }
  const numeric = (inner: ts.Expression): boolean => isNumericByConstruction(inner, context, depth + 1);
  const expression = unwrap(node);
  if (ts.isNumericLiteral(expression) || ts.isBigIntLiteral(expression)) {
    return true;
  }
  if (expression.kind === ts.SyntaxKind.TrueKeyword || expression.kind === ts.SyntaxKind.FalseKeyword) {
    return true;
  }
  if (ts.isPrefixUnaryExpression(expression) || ts.isPostfixUnaryExpression(expression)) {
    return true; // + - ~ ! ++ -- all give numbers or booleans
  }
  if (ts.isBinaryExpression(expression)) {
    const operator = expression.operatorToken.kind;
    if (NUMERIC_OPERATORS.has(operator) || NUMERIC_ASSIGNMENTS.has(operator)) {
      return true;
    }
    if (operator === ts.SyntaxKind.CommaToken) {
      return numeric(expression.right);
    }
    if (
      operator === ts.SyntaxKind.PlusToken ||
      operator === ts.SyntaxKind.QuestionQuestionToken ||
      operator === ts.SyntaxKind.BarBarToken ||
      operator === ts.SyntaxKind.AmpersandAmpersandToken
    ) {
      return numeric(expression.left) && numeric(expression.right);
    }
    return false;
  }
  if (ts.isConditionalExpression(expression)) {
    return numeric(expression.whenTrue) && numeric(expression.whenFalse);
  }
  if (ts.isTypeOfExpression(expression)) {
    return false;
  }
  if (ts.isCallExpression(expression)) {
    const callee = unwrap(expression.expression);
    if (ts.isIdentifier(callee) && NUMBER_GLOBAL_FUNCTIONS.has(callee.text)) {
      return resolveIdentifier(context, callee).kind === 'global';
    }
    if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'Math') {
      return resolveIdentifier(context, callee.expression).kind === 'global';
    }
    return isRemotionCall(expression, context) && (context.checker.typeAt(expression).flags & ts.TypeFlags.NumberLike) !== 0;
  }
  if (ts.isPropertyAccessExpression(expression)) {
    return expression.name.text === 'length';
  }
  if (!ts.isIdentifier(expression)) {
    return false;
  }
  const resolution = resolveIdentifier(context, expression);
  if (resolution.kind === 'global') {
    return expression.text === 'NaN' || expression.text === 'Infinity';
  }
  if (resolution.kind !== 'local') {
    return false;
  }
  const declaration = resolution.declaration;
  if (ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name)) {
    if (ts.isForOfStatement(declaration.parent.parent) || ts.isForInStatement(declaration.parent.parent)) {
      return false;
    }
    if (!declaration.initializer || !numeric(declaration.initializer)) {
      return false;
    }
    if (isConstDeclaration(declaration)) {
      return true;
    }
    return (assignmentsOf(context).get(declaration) ?? []).every(
      ({ operator, value }) =>
        operator === ts.SyntaxKind.PlusPlusToken ||
        operator === ts.SyntaxKind.MinusMinusToken ||
        NUMERIC_ASSIGNMENTS.has(operator) ||
        ((operator === ts.SyntaxKind.EqualsToken || operator === ts.SyntaxKind.PlusEqualsToken) && value !== null && numeric(value)),
    );
  }
  if (ts.isBindingElement(declaration)) {
    // const { fps, width } = useVideoConfig(): values Remotion computed.
    let pattern: ts.Node = declaration.parent;
    while (ts.isBindingElement(pattern.parent) || ts.isObjectBindingPattern(pattern.parent) || ts.isArrayBindingPattern(pattern.parent)) {
      pattern = pattern.parent;
    }
    const holder = pattern.parent;
    return (
      ts.isVariableDeclaration(holder) &&
      isConstDeclaration(holder) &&
      isRemotionCall(holder.initializer, context) &&
      (context.checker.typeAt(expression).flags & ts.TypeFlags.NumberLike) !== 0
    );
  }
  if (ts.isParameter(declaration) && ts.isIdentifier(declaration.name)) {
    const fn = declaration.parent;
    return (
      !declaration.initializer &&
      !declaration.dotDotDotToken &&
      (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) &&
      fn.parameters.indexOf(declaration) === indexParameterPosition(fn, context) &&
      !assignmentsOf(context).has(declaration)
    );
  }
  return false;
};

const isLiteralName = (node: ts.Expression): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.NumericLiteral =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isNumericLiteral(node);

/** What a computed key can be at run time, from the source alone (see KeyTrust). */
export const keyTrust = (key: ts.Expression, context: SecurityContext): KeyTrust => {
  const folded = foldSource(context, key);
  if (folded && !Array.isArray(folded.value)) {
    return { kind: 'literal', names: [String(folded.value)] };
  }
  if (isNumericByConstruction(key, context)) {
    return { kind: 'numeric' };
  }
  const symbol = unwrap(key);
  if (ts.isPropertyAccessExpression(symbol) && ts.isIdentifier(symbol.expression) && symbol.expression.text === 'Symbol') {
    // A well-known symbol (Symbol.iterator): the global Symbol is frozen and its members name no method by string.
    if (resolveIdentifier(context, symbol.expression).kind === 'global') {
      return { kind: 'literal', names: [] };
    }
  }
  const data = new LiteralData(context);
  const values = data.values(key);
  if (values && values.length > 0 && values.every(isLiteralName) && data.mutation() === null) {
    return { kind: 'literal', names: values.map((value) => value.text) };
  }
  return { kind: 'untrusted' };
};

const FUNCTION_LIKE =
  ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter | ts.TypeFlags.NonPrimitive | ts.TypeFlags.Never;

/**
 * Whether a value may be a function (or a class): its `constructor` is then Function itself. Any, unknown, a type
 * parameter, `object` and the Function interface count, as do intersections with a call signature.
 */
export const mayBeFunction = (expression: ts.Expression, context: SecurityContext): boolean =>
  context.checker
    .typeAt(expression)
    .members()
    .some(
      (member) =>
        (member.flags & FUNCTION_LIKE) !== 0 ||
        member.isCallable() ||
        member.isConstructable() ||
        (member.property('apply') !== undefined && member.property('call') !== undefined && member.property('bind') !== undefined),
    );

/** Where a chain of member reads starts (`Remotion` in `Remotion.Easing['x']`), under parentheses and casts. */
const memberRoot = (expression: ts.Expression): ts.Expression => {
  let root = unwrap(expression);
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root)) {
    root = unwrap(root.expression);
  }
  return root;
};

/** A module export, a module namespace or a global (`Easing`, `Remotion.Easing`, `Math`): shared with the page. */
export const isSharedObject = (expression: ts.Expression, context: SecurityContext): boolean => {
  const root = memberRoot(expression);
  if (root.kind === ts.SyntaxKind.ThisKeyword) {
    return false;
  }
  return ts.isIdentifier(root) && resolveIdentifier(context, root).kind !== 'local';
};

/** The expressions a local function may return. */
export const returnedExpressions = (fn: ts.SignatureDeclaration): ts.Expression[] => {
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) || ts.isFunctionDeclaration(fn)) && fn.body) {
    if (!ts.isBlock(fn.body)) {
      return [fn.body];
    }
    const found: ts.Expression[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isReturnStatement(node) && node.expression) {
        found.push(node.expression);
      } else if (!ts.isFunctionLike(node)) {
        ts.forEachChild(node, visit);
      }
    };
    visit(fn.body);
    return found;
  }
  return [];
};

