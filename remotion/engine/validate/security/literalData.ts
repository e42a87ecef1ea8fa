import ts from 'typescript';
import type { Checker } from '../checker';
import { foldSource } from '../constants';
import { importedExport, resolveIdentifier, unwrap } from '../symbols';
import type { SecurityContext } from './context';
import { isNumericByConstruction } from './keys';
import { forbiddenMemberName } from './names';

/*
 * Data written out in the composition itself: const object and array literals whose leaves are literals. A JSX
 * spread of such data can be checked prop by prop, as if each prop were written as an attribute; a spread of
 * anything else (props, results of calls, catalog data) carries props nobody can see before the code runs.
 */

const MAX_DEPTH = 16;

/** Array methods whose callback gets the array's elements as its first parameter. */
const CALLBACK_METHODS = new Set([
  'map',
  'forEach',
  'flatMap',
  'filter',
  'find',
  'findLast',
  'findIndex',
  'findLastIndex',
  'some',
  'every',
]);
/** Array methods that return one of the elements (or undefined). */
const ELEMENT_METHODS = new Set(['at', 'find', 'findLast']);
/** Array methods that return a new array holding some of the same elements. */
const SUBSET_METHODS = new Set(['filter', 'slice', 'toReversed', 'toSorted']);
/** Methods that change an array (or, for Object's, any object) in place. */
const MUTATING_METHODS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin']);
const OBJECT_WRITERS = new Set(['assign', 'defineProperty', 'defineProperties', 'setPrototypeOf']);
/** Calling a function with a chosen `this`: an extracted method can then change any object. */
const THIS_BINDERS = new Set(['call', 'apply', 'bind']);

/** Where the composition changes objects or variables. */
interface Writes {
  /** Local declarations of variables (or parameters, functions) assigned somewhere. */
  variables: Set<ts.Node>;
  /** The objects changed in place (`x.a = 1`, `x.push(...)`, `Object.assign(x, ...)`); null when unknowable. */
  objects: (ts.Expression | null)[];
}

const isPrimitiveLiteral = (node: ts.Expression, context: SecurityContext): boolean => {
  if (
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isNumericLiteral(node) ||
    ts.isBigIntLiteral(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  ) {
    return true;
  }
  if (ts.isPrefixUnaryExpression(node)) {
    const sign = node.operator === ts.SyntaxKind.MinusToken || node.operator === ts.SyntaxKind.PlusToken;
    return sign && (ts.isNumericLiteral(node.operand) || ts.isBigIntLiteral(node.operand));
  }
  if (ts.isIdentifier(node) && node.text === 'undefined') {
    return resolveIdentifier(context, node).kind === 'global';
  }
  return false;
};

/** `const` (not let, var, using or await using). */
const isConst = (declaration: ts.VariableDeclaration): boolean =>
  (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.BlockScoped) === ts.NodeFlags.Const;

/** The name of a property written without a computed key. */
export const staticPropertyName = (name: ts.PropertyName): string | null =>
  ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)
    ? name.text
    : null;

const isAssignmentOperator = (kind: ts.SyntaxKind): boolean =>
  kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;

/** The expression under parentheses, casts and `!` that a node is part of (its outermost wrapper). */
const outermost = (node: ts.Expression): ts.Expression => {
  let current = node;
  while (
    ts.isParenthesizedExpression(current.parent) ||
    ts.isAsExpression(current.parent) ||
    ts.isNonNullExpression(current.parent) ||
    ts.isSatisfiesExpression(current.parent) ||
    ts.isTypeAssertionExpression(current.parent)
  ) {
    current = current.parent;
  }
  return current;
};

const isCallee = (access: ts.Expression): boolean => {
  const node = outermost(access);
  return ts.isCallExpression(node.parent) && node.parent.expression === node;
};

const isGlobalObject = (node: ts.Expression, context: SecurityContext): boolean => {
  const target = unwrap(node);
  return ts.isIdentifier(target) && target.text === 'Object' && resolveIdentifier(context, target).kind === 'global';
};

/**
 * The names an element access may read: its key folded from the source, none for a key that is a number by
 * construction; null when any name is possible. Types are not trusted here: a key typed 'map' may be 'push'.
 */
const accessedNames = (access: ts.ElementAccessExpression, context: SecurityContext): string[] | null => {
  const folded = foldSource(context, access.argumentExpression);
  if (folded && !Array.isArray(folded.value)) {
    return typeof folded.value === 'number' ? [] : [String(folded.value)];
  }
  return isNumericByConstruction(access.argumentExpression, context) ? [] : null;
};

const collectWrites = (context: SecurityContext): Writes => {
  const writes: Writes = { variables: new Set(), objects: [] };
  const target = (node: ts.Expression): void => {
    const expression = unwrap(node);
    if (ts.isIdentifier(expression)) {
      const resolution = resolveIdentifier(context, expression);
      if (resolution.kind === 'local') {
        writes.variables.add(resolution.declaration);
      }
    } else if (ts.isPropertyAccessExpression(expression) || ts.isElementAccessExpression(expression)) {
      writes.objects.push(expression.expression);
    } else if (ts.isObjectLiteralExpression(expression)) {
      for (const property of expression.properties) {
        if (ts.isPropertyAssignment(property)) {
          target(property.initializer);
        } else if (ts.isShorthandPropertyAssignment(property)) {
          target(property.name);
        } else if (ts.isSpreadAssignment(property)) {
          target(property.expression);
        }
      }
    } else if (ts.isArrayLiteralExpression(expression)) {
      for (const element of expression.elements) {
        if (!ts.isOmittedExpression(element)) {
          target(ts.isSpreadElement(element) ? element.expression : element);
        }
      }
    } else if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      target(expression.left); // a default value in a destructuring assignment: `[a.b = 1] = ...`
    } else {
      writes.objects.push(null);
    }
  };
  /** A method read by name: called on its object it changes that object; taken away it can change anything. */
  const method = (access: ts.PropertyAccessExpression | ts.ElementAccessExpression, names: string[] | null): void => {
    const receiver = access.expression;
    if (names?.some((name) => THIS_BINDERS.has(name))) {
      writes.objects.push(null);
    } else if (isGlobalObject(receiver, context) && names?.some((name) => OBJECT_WRITERS.has(name))) {
      const call = outermost(access).parent;
      const first = isCallee(access) && ts.isCallExpression(call) ? call.arguments[0] : undefined;
      writes.objects.push(first && !ts.isSpreadElement(first) ? first : null);
    } else if (names === null || names.some((name) => MUTATING_METHODS.has(name) || name.startsWith('__'))) {
      if (isCallee(access)) {
        writes.objects.push(names === null ? null : receiver);
      } else if (names !== null) {
        writes.objects.push(null);
      }
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && isAssignmentOperator(node.operatorToken.kind)) {
      target(node.left);
    } else if (
      (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
    ) {
      target(node.operand);
    } else if (ts.isDeleteExpression(node)) {
      target(node.expression);
    } else if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) {
      target(node.initializer);
    } else if (ts.isPropertyAccessExpression(node)) {
      method(node, [node.name.text]);
    } else if (ts.isElementAccessExpression(node)) {
      method(node, accessedNames(node, context));
    }
    ts.forEachChild(node, visit);
  };
  visit(context.sourceFile);
  return writes;
};

const writesCache = new WeakMap<Checker, Writes>();

const writesOf = (context: SecurityContext): Writes => {
  let writes = writesCache.get(context.checker);
  if (!writes) {
    writes = collectWrites(context);
    writesCache.set(context.checker, writes);
  }
  return writes;
};

/** Whether a local variable, parameter or function is assigned anywhere in the composition. */
export const isReassigned = (context: SecurityContext, declaration: ts.Node): boolean =>
  writesOf(context).variables.has(declaration);

/** An object the code changes that is certainly none of `touched`: a fresh literal, or a const holding one. */
const isUnrelated = (object: ts.Expression, touched: Set<ts.Node>, context: SecurityContext): boolean => {
  const expression = unwrap(object);
  if (ts.isObjectLiteralExpression(expression) || ts.isArrayLiteralExpression(expression)) {
    return !touched.has(expression);
  }
  if (!ts.isIdentifier(expression)) {
    return false;
  }
  const resolution = resolveIdentifier(context, expression);
  if (resolution.kind !== 'local') {
    return false;
  }
  const declaration = resolution.declaration;
  if (!ts.isVariableDeclaration(declaration) || !isConst(declaration) || !declaration.initializer) {
    return false;
  }
  const initializer = unwrap(declaration.initializer);
  return (ts.isObjectLiteralExpression(initializer) || ts.isArrayLiteralExpression(initializer)) && !touched.has(initializer);
};


/**
 * Finds the literal nodes of the composition (strings, numbers, booleans, null, undefined, object and array
 * literals) an expression may evaluate to, through const bindings, property and element reads, array methods
 * and their callbacks. Every object and array literal it passes through is remembered, so that code changing
 * one of them can be found.
 */
export class LiteralData {
  private readonly touched = new Set<ts.Node>();

  constructor(private readonly context: SecurityContext) {}

  /** The literal nodes an expression may evaluate to, or null when it may be anything else. */
  values(node: ts.Expression, depth = 0): ts.Expression[] | null {
    if (depth > MAX_DEPTH) {
      return null;
    }
    const expression = unwrap(node);
    if (isPrimitiveLiteral(expression, this.context)) {
      return [expression];
    }
    if (ts.isObjectLiteralExpression(expression) || ts.isArrayLiteralExpression(expression)) {
      this.touched.add(expression);
      return [expression];
    }
    if (ts.isIdentifier(expression)) {
      return this.identifier(expression, depth);
    }
    if (ts.isConditionalExpression(expression)) {
      return this.all([expression.whenTrue, expression.whenFalse], depth);
    }
    if (ts.isPropertyAccessExpression(expression)) {
      return this.member(expression.expression, [expression.name.text], depth);
    }
    if (ts.isElementAccessExpression(expression)) {
      const key = foldSource(this.context, expression.argumentExpression);
      const name = key === null ? null : typeof key.value === 'number' ? key.value : String(key.value);
      return this.member(expression.expression, name === null ? null : [name], depth);
    }
    if (ts.isCallExpression(expression)) {
      return this.call(expression, depth);
    }
    return null;
  }

  /**
   * Why a value found by values() is not plain data (null when it is): only literals, and object and array
   * literals of them, with names written out and no spreads, methods or accessors. `visitString` sees every
   * string and may find a problem with it.
   */
  problem(value: ts.Expression, visitString: (text: string) => string | null, depth = 0): string | null {
    if (depth > MAX_DEPTH) {
      return 'it is nested too deeply to check';
    }
    if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) {
      return visitString(value.text);
    }
    if (isPrimitiveLiteral(value, this.context)) {
      return null;
    }
    const nested = (inner: ts.Expression[] | null): string | null => {
      if (!inner) {
        return 'one of its values is not a literal written in this file';
      }
      for (const item of inner) {
        const problem = this.problem(item, visitString, depth + 1);
        if (problem) {
          return problem;
        }
      }
      return null;
    };
    if (ts.isArrayLiteralExpression(value)) {
      if (value.elements.some(ts.isSpreadElement)) {
        return 'an array in it is built with `...`';
      }
      return nested(this.all(value.elements.filter((element) => !ts.isOmittedExpression(element)), depth));
    }
    if (!ts.isObjectLiteralExpression(value)) {
      return 'one of its values is not a literal written in this file';
    }
    for (const property of value.properties) {
      const problem = this.propertyProblem(property) ?? nested(this.propertyValues(property, depth));
      if (problem) {
        return problem;
      }
    }
    return null;
  }

  /** What is wrong with a property of a data object itself (not its value), or null. */
  propertyProblem(property: ts.ObjectLiteralElementLike): string | null {
    if (ts.isSpreadAssignment(property)) {
      return 'an object in it is built with `...`';
    }
    const key = property.name ? staticPropertyName(property.name) : null;
    if (key === null) {
      return 'an object in it has a computed key';
    }
    if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) {
      return `\`${key}\` is a method or accessor, not data`;
    }
    if (forbiddenMemberName(key) || forbiddenMemberName(key.toLowerCase())) {
      return `it has a property named \`${key}\``;
    }
    return null;
  }

  /** The values of a property of an object literal, or null when they are not literal data. */
  propertyValues(property: ts.ObjectLiteralElementLike, depth = 0): ts.Expression[] | null {
    const value = ts.isPropertyAssignment(property)
      ? property.initializer
      : ts.isShorthandPropertyAssignment(property) && !property.objectAssignmentInitializer
        ? property.name
        : undefined;
    return value ? this.values(value, depth + 1) : null;
  }

  /**
   * Code that may change one of the literals found so far (or any object), described, or null. Changes to
   * fresh literals and to consts holding other literals do not count (`const rows = []; rows.push(...)`).
   */
  mutation(): string | null {
    for (const object of writesOf(this.context).objects) {
      if (object === null) {
        return 'the file calls a method with a chosen `this`, takes a mutating method off its object or changes an unknown object';
      }
      if (!isUnrelated(object, this.touched, this.context)) {
        return `\`${object.getText(this.context.sourceFile).slice(0, 40)}\` is changed in place, so its contents are not known`;
      }
    }
    return null;
  }

  private all(nodes: readonly ts.Expression[], depth: number): ts.Expression[] | null {
    const found: ts.Expression[] = [];
    for (const node of nodes) {
      const values = this.values(node, depth + 1);
      if (!values) {
        return null;
      }
      found.push(...values);
    }
    return found;
  }

  /** The elements of the arrays an expression may evaluate to (holes are skipped, spreads are unknown). */
  private elements(node: ts.Expression, depth: number): ts.Expression[] | null {
    const arrays = this.values(node, depth + 1);
    if (!arrays || !arrays.every(ts.isArrayLiteralExpression)) {
      return null;
    }
    const elements = arrays.flatMap((array) => array.elements.filter((element) => !ts.isOmittedExpression(element)));
    return elements.some(ts.isSpreadElement) ? null : this.all(elements, depth);
  }

  private identifier(identifier: ts.Identifier, depth: number): ts.Expression[] | null {
    const resolution = resolveIdentifier(this.context, identifier);
    if (resolution.kind !== 'local') {
      return null;
    }
    const declaration = resolution.declaration;
    if (ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name) && isConst(declaration)) {
      if (declaration.initializer) {
        return this.values(declaration.initializer, depth + 1);
      }
      // for (const item of ITEMS)
      const loop = declaration.parent.parent;
      return ts.isForOfStatement(loop) && !loop.awaitModifier ? this.elements(loop.expression, depth) : null;
    }
    if (ts.isParameter(declaration)) {
      return this.callbackParameter(declaration, depth);
    }
    return null;
  }

  /** `ITEMS.map((item) => ...)`: the first parameter of a callback given to an array method gets its elements. */
  private callbackParameter(parameter: ts.ParameterDeclaration, depth: number): ts.Expression[] | null {
    const fn = parameter.parent;
    const call = fn.parent;
    if (
      !ts.isIdentifier(parameter.name) ||
      parameter.initializer ||
      parameter.dotDotDotToken ||
      !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) ||
      fn.parameters[0] !== parameter ||
      !ts.isCallExpression(call) ||
      call.arguments[0] !== fn ||
      !ts.isPropertyAccessExpression(call.expression) ||
      !CALLBACK_METHODS.has(call.expression.name.text) ||
      isReassigned(this.context, parameter)
    ) {
      return null;
    }
    return this.elements(call.expression.expression, depth);
  }

  /** A property (or, with `names` null, any property) of the objects or arrays `owner` may evaluate to. */
  private member(owner: ts.Expression, names: (string | number)[] | null, depth: number): ts.Expression[] | null {
    const owners = this.values(owner, depth + 1);
    if (!owners) {
      return null;
    }
    const found: ts.Expression[] = [];
    for (const value of owners) {
      let members: ts.Expression[] | null = null;
      if (ts.isArrayLiteralExpression(value) && (names === null || names.every((name) => typeof name === 'number'))) {
        members = this.elements(value, depth);
      } else if (ts.isObjectLiteralExpression(value)) {
        members = this.properties(value, names, depth);
      }
      if (!members) {
        return null;
      }
      found.push(...members);
    }
    return found;
  }

  private properties(object: ts.ObjectLiteralExpression, names: (string | number)[] | null, depth: number): ts.Expression[] | null {
    const found: ts.Expression[] = [];
    for (const name of names ?? [null]) {
      let matched = false;
      for (const property of object.properties) {
        const key = property.name ? staticPropertyName(property.name) : null;
        if (key === null) {
          return null; // a spread or a computed key: the property may come from it
        }
        if (name !== null && key !== String(name)) {
          continue;
        }
        const values = this.propertyValues(property, depth);
        if (!values) {
          return null;
        }
        found.push(...values);
        matched = true;
      }
      if (!matched && name !== null) {
        return null; // not written here: it would come from the prototype
      }
    }
    return found;
  }

  private call(call: ts.CallExpression, depth: number): ts.Expression[] | null {
    const callee = unwrap(call.expression);
    if (!ts.isPropertyAccessExpression(callee)) {
      return null;
    }
    const name = callee.name.text;
    if (name === 'freeze' && isGlobalObject(callee.expression, this.context) && call.arguments.length === 1) {
      return this.values(call.arguments[0], depth + 1);
    }
    if (ELEMENT_METHODS.has(name)) {
      return this.elements(callee.expression, depth);
    }
    if (SUBSET_METHODS.has(name)) {
      const arrays = this.values(callee.expression, depth + 1);
      return arrays && arrays.every(ts.isArrayLiteralExpression) ? arrays : null;
    }
    return null;
  }
}

/** Whether a JSX tag (or createElement's first argument) names a function component declared in the composition. */
export const isOwnComponent = (tag: ts.Node, context: SecurityContext): boolean => {
  if (!ts.isIdentifier(tag)) {
    return false;
  }
  const resolution = resolveIdentifier(context, tag);
  if (resolution.kind !== 'local' || isReassigned(context, resolution.declaration)) {
    return false;
  }
  const declaration = resolution.declaration;
  if (ts.isFunctionDeclaration(declaration)) {
    return declaration.body !== undefined && !declaration.asteriskToken;
  }
  if (!ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name) || !isConst(declaration)) {
    return false;
  }
  let value = declaration.initializer ? unwrap(declaration.initializer) : undefined;
  if (value && ts.isCallExpression(value) && value.arguments.length === 1) {
    const wrapper = importedExport(context, value.expression);
    value = wrapper?.module === 'react' && wrapper.name === 'memo' ? unwrap(value.arguments[0]) : undefined;
  }
  return value !== undefined && (ts.isArrowFunction(value) || (ts.isFunctionExpression(value) && !value.asteriskToken));
};
