import ts from 'typescript';
import type { Checker, CheckedSymbol } from '../checker';
import { defaultExports } from '../structure/defaultExport';
import { importedExport, resolveIdentifier, unwrap } from '../symbols';
import type { SecurityContext } from './context';
import { LiteralData, staticPropertyName } from './literalData';

/*
 * Where the parameters of the composition's own functions and components get their values: every place the
 * function is called or used as a JSX tag. Used to follow a value across calls without trusting its type.
 */

/** What a parameter may receive: these expressions, the composition's props (plain data), or anything (null). */
export type ParameterValues = { values: ts.Expression[]; props: boolean } | null;

/** The identifier naming a function: its declaration's name or the const holding it (through React.memo(...)). */
export const functionName = (fn: ts.SignatureDeclaration): ts.Identifier | null => {
  if (ts.isFunctionDeclaration(fn) && fn.name) {
    return fn.name;
  }
  let holder: ts.Node = fn.parent;
  while (ts.isParenthesizedExpression(holder) || ts.isCallExpression(holder)) {
    holder = holder.parent; // React.memo(...) and friends
  }
  return ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name) ? holder.name : null;
};

const identifiersCache = new WeakMap<Checker, Map<string, ts.Identifier[]>>();

/** Every identifier of the composition that refers to a symbol (found by name first: cheap). */
const referencesTo = (context: SecurityContext, name: ts.Identifier, symbol: CheckedSymbol): ts.Identifier[] => {
  let byName = identifiersCache.get(context.checker);
  if (!byName) {
    const index = new Map<string, ts.Identifier[]>();
    byName = index;
    const visit = (node: ts.Node): void => {
      if (ts.isTypeNode(node)) {
        return;
      }
      if (ts.isIdentifier(node)) {
        (index.get(node.text) ?? index.set(node.text, []).get(node.text)!).push(node);
      }
      ts.forEachChild(node, visit);
    };
    visit(context.sourceFile);
    identifiersCache.set(context.checker, index);
  }
  return (byName.get(name.text) ?? []).filter((identifier) => context.checker.symbolAt(identifier) === symbol);
};

/**
 * Whether an identifier is what the module exports as default: `export default Video`, `{ Video as default }`,
 * or `export default React.memo(Video)`.
 */
const isDefaultExportReference = (identifier: ts.Identifier): boolean => {
  let node: ts.Node = identifier;
  while (ts.isParenthesizedExpression(node.parent) || (ts.isCallExpression(node.parent) && node.parent.arguments.includes(node as ts.Expression))) {
    node = node.parent;
  }
  const parent = node.parent;
  return (
    (ts.isExportAssignment(parent) && !parent.isExportEquals && parent.expression === node) ||
    (ts.isExportSpecifier(parent) && (parent.propertyName ?? parent.name) === identifier && parent.name.text === 'default')
  );
};

/** Whether a function is the module's default export: the component DynamicVideo renders with the job's props. */
const isDefaultExport = (fn: ts.SignatureDeclaration, context: SecurityContext): boolean => {
  if (defaultExports(context.sourceFile).includes(fn) || ts.isExportAssignment(fn.parent)) {
    return true;
  }
  const name = functionName(fn);
  const symbol = name ? context.checker.symbolAt(name) : undefined;
  return name !== null && symbol !== undefined && referencesTo(context, name, symbol).some(isDefaultExportReference);
};

/** The value an attribute gives a prop (`prop="text"`, `prop={value}`), or undefined for `prop` alone. */
const attributeValue = (attribute: ts.JsxAttribute): ts.Expression | undefined => {
  const initializer = attribute.initializer;
  if (!initializer) {
    return undefined;
  }
  if (ts.isJsxExpression(initializer)) {
    return initializer.expression;
  }
  return initializer as ts.Expression;
};

/** The values literal data spread into a JSX element gives a prop (all of its values for the whole props). */
const spreadValues = (expression: ts.Expression, prop: string | null, context: SecurityContext): ts.Expression[] | null => {
  const data = new LiteralData(context);
  const objects = data.values(expression);
  if (!objects || data.mutation() !== null) {
    return null;
  }
  const found: ts.Expression[] = [];
  for (const object of objects) {
    if (!ts.isObjectLiteralExpression(object)) {
      if (object.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(object) && object.text === 'undefined')) {
        continue;
      }
      return null;
    }
    for (const property of object.properties) {
      const key = property.name ? staticPropertyName(property.name) : null;
      if (key === null) {
        return null;
      }
      if (prop !== null && key !== prop) {
        continue;
      }
      const written = data.propertyValues(property);
      if (!written) {
        return null;
      }
      found.push(...written);
    }
  }
  return found;
};

/**
 * What a parameter receives across the composition (prop: one destructured prop of a props parameter). Null
 * when a use of the function is anything but a direct call or a JSX tag (passed as a value, spread props...).
 */
export const parameterValues = (parameter: ts.ParameterDeclaration, prop: string | null, context: SecurityContext): ParameterValues => {
  const fn = parameter.parent;
  const index = fn.parameters.indexOf(parameter);
  if (isDefaultExport(fn, context)) {
    return index === 0 ? { values: [], props: true } : null;
  }
  const name = functionName(fn);
  const symbol = name ? context.checker.symbolAt(name) : undefined;
  if (!name || !symbol) {
    return null;
  }
  const values: ts.Expression[] = [];
  for (const reference of referencesTo(context, name, symbol)) {
    const parent = reference.parent;
    if (reference === name || ts.isJsxClosingElement(parent)) {
      continue;
    }
    if ((ts.isJsxOpeningElement(parent) || ts.isJsxSelfClosingElement(parent)) && parent.tagName === reference) {
      if (index !== 0) {
        continue; // React passes only props
      }
      for (const attribute of parent.attributes.properties) {
        if (ts.isJsxSpreadAttribute(attribute)) {
          const spread = spreadValues(attribute.expression, prop, context);
          if (spread === null) {
            return null;
          }
          values.push(...spread);
          continue;
        }
        const attributeName = ts.isIdentifier(attribute.name) ? attribute.name.text : null;
        if (prop === null || attributeName === prop) {
          const value = attributeValue(attribute);
          if (value) {
            values.push(value);
          }
        }
      }
      continue;
    }
    if (ts.isCallExpression(parent) && parent.expression === reference) {
      if (parent.arguments.some(ts.isSpreadElement)) {
        return null;
      }
      const argument = parent.arguments[index];
      if (!argument) {
        continue;
      }
      if (prop === null) {
        values.push(argument);
        continue;
      }
      const literal = unwrap(argument);
      if (!ts.isObjectLiteralExpression(literal)) {
        return null;
      }
      for (const property of literal.properties) {
        if (ts.isSpreadAssignment(property) || !property.name) {
          return null;
        }
        const key = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : null;
        if (key === null) {
          return null;
        }
        if (key !== prop) {
          continue;
        }
        if (ts.isPropertyAssignment(property)) {
          values.push(property.initializer);
        } else if (ts.isShorthandPropertyAssignment(property)) {
          values.push(property.name);
        } else {
          return null;
        }
      }
      continue;
    }
    // React.memo(Component) wraps it: its uses are those of the const holding the result, already followed.
    if (ts.isCallExpression(parent) && parent.arguments.includes(reference)) {
      const wrapper = importedExport(context, parent.expression);
      if (wrapper?.module === 'react' && (wrapper.name === 'memo' || wrapper.name === 'forwardRef')) {
        continue;
      }
    }
    return null; // passed around: it may be called with anything
  }
  return { values, props: false };
};

/** The parameter a name or a destructured prop comes from, and the prop's name (null for the whole parameter). */
export const parameterOf = (declaration: ts.Declaration): { parameter: ts.ParameterDeclaration; prop: string | null } | null => {
  if (ts.isParameter(declaration)) {
    return { parameter: declaration, prop: null };
  }
  if (ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent) && ts.isParameter(declaration.parent.parent)) {
    const key = declaration.propertyName ?? declaration.name;
    return ts.isIdentifier(key) || ts.isStringLiteral(key) ? { parameter: declaration.parent.parent, prop: key.text } : null;
  }
  return null;
};

/** Whether an identifier names something the module does not declare (an import or a global). */
export const isForeign = (identifier: ts.Identifier, context: SecurityContext): boolean =>
  resolveIdentifier(context, identifier).kind !== 'local';
