import ts from 'typescript';
import { FORBIDDEN_ELEMENTS, FORBIDDEN_MEMBERS, URL_ATTRIBUTES, URL_PROP_SUFFIXES } from '../allowlists';
import { foldString } from '../constants';
import { importedExport, isNamespace, resolveIdentifier, unwrap } from '../symbols';
import type { SecurityContext, SecurityRule } from './context';
import { isOwnComponent, LiteralData, staticPropertyName } from './literalData';
import { checkUrlPropValue, isUrlPropName, normalisedName, tracerFor } from './mediaSources';
import { stringValueProblem } from './urls';

const checkElementName = (name: string, at: ts.Node, context: SecurityContext): void => {
  if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
    context.report(at, 'forbidden-element', `<${name}> is not allowed: it loads or runs other documents, scripts or styles`);
  }
};

/** `<Tag>` where Tag is a variable: its value must be a component or a known, allowed element name. */
const checkDynamicTag = (tag: ts.Expression, context: SecurityContext): void => {
  const named = foldString(context, tag);
  if (named !== null) {
    checkElementName(named, tag, context);
  }
  // Only a name written in the source is known: a literal type can lie about the string it holds.
  if (foldString(context, tag, 'source') !== null) {
    return;
  }
  const stringy = context.checker
    .typeAt(tag)
    .members()
    .some((member) => member.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.Any | ts.TypeFlags.Unknown));
  if (stringy) {
    context.report(tag, 'dynamic-element', 'an element whose tag name is known only at run time is not allowed: write the element');
  }
};

const checkTag = (tag: ts.JsxTagNameExpression, context: SecurityContext): void => {
  if (ts.isIdentifier(tag) && /^[a-z]/.test(tag.text)) {
    checkElementName(tag.text, tag, context);
  } else if (ts.isJsxNamespacedName(tag)) {
    checkElementName(tag.name.text, tag, context);
  } else if (ts.isIdentifier(tag) || ts.isPropertyAccessExpression(tag)) {
    checkDynamicTag(tag, context);
  }
};

/** Props that put raw markup in the page, by normalised name (`SrcDoc`, `DANGEROUSLYSETINNERHTML`...). */
const RAW_HTML_PROPS: ReadonlySet<string> = new Set(['dangerouslysetinnerhtml', 'srcdoc', 'innerhtml', 'outerhtml']);

/** Prop names compared case-insensitively: React, HTML and SVG do not all agree on case, so no spelling is trusted. */
const checkPropName = (name: string, at: ts.Node, context: SecurityContext): void => {
  const normal = normalisedName(name);
  if (normal === 'ref') {
    context.report(at, 'dom-ref', '`ref` is not allowed: a composition does not touch DOM nodes; size things from useVideoConfig()');
  } else if (RAW_HTML_PROPS.has(normal)) {
    context.report(at, 'inner-html', `\`${name}\` is not allowed: raw HTML can load anything; write JSX`);
  }
};

/** SVG animation elements: they change another element's attributes after every check has run. */
const SVG_ANIMATIONS: ReadonlySet<string> = new Set(['set', 'animate', 'animatecolor', 'animatetransform', 'animatemotion']);

const isSvgAnimation = (tag: string): boolean => SVG_ANIMATIONS.has(tag.toLowerCase());

/**
 * `<set attributeName="href" to={...}>` (or `xlink:href`, in any case) would point an image or a `<use>` at a
 * URL nobody checked; an attribute name known only at run time could be href too.
 */
const checkAnimatedAttribute = (value: ts.Expression | undefined, at: ts.Node, context: SecurityContext): void => {
  const name = value ? foldString(context, value, 'source') : null;
  if (name === null) {
    context.report(at, 'animated-href', 'an SVG animation must name the attribute it animates with a string written out');
    return;
  }
  const local = name.trim().toLowerCase().split(':').pop() ?? '';
  if (local === 'href' || local === 'src') {
    context.report(at, 'animated-href', `animating \`${name}\` is not allowed: it would load a URL after the checks ran`);
  }
};

/** The attributeName of a JSX animation element (a spread into an element is refused on its own). */
const checkAnimationElement = (element: ts.JsxOpeningLikeElement, context: SecurityContext): void => {
  for (const attribute of element.attributes.properties) {
    if (ts.isJsxAttribute(attribute) && ts.isIdentifier(attribute.name) && normalisedName(attribute.name.text) === 'attributename') {
      const initializer = attribute.initializer;
      const value = initializer && ts.isJsxExpression(initializer) ? initializer.expression : initializer;
      checkAnimatedAttribute(value, attribute, context);
    }
  }
};

/** Props a spread may never carry, by normalised name (whatever their value). */
const FORBIDDEN_SPREAD_PROPS: ReadonlySet<string> = new Set([
  'ref',
  'dangerouslysetinnerhtml',
  'srcdoc',
  'innerhtml',
  'outerhtml',
  ...[...FORBIDDEN_MEMBERS.keys()].map(normalisedName),
]);

const isNullish = (value: ts.Expression): boolean =>
  value.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(value) && value.text === 'undefined');

/**
 * What is wrong with one spread prop, by the rules for the same prop written as an attribute of a component:
 * no ref, raw HTML or event handler (by any spelling), and a URL prop only with a source checkMediaSources
 * accepts. The values are literal data already.
 */
const spreadPropProblem = (key: string, values: ts.Expression[], context: SecurityContext): string | null => {
  const name = normalisedName(key);
  if (FORBIDDEN_SPREAD_PROPS.has(name) || key.startsWith('__')) {
    return `it carries \`${key}\``;
  }
  if (name.startsWith('on')) {
    return `it carries \`${key}\`, which may be an event handler`;
  }
  if (!URL_ATTRIBUTES.has(name) && !URL_PROP_SUFFIXES.some((suffix) => name.endsWith(suffix))) {
    return null;
  }
  const tracer = tracerFor(context);
  for (const value of values) {
    if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) {
      const verdict = tracer.literal(value.text, false);
      if (verdict) {
        return `\`${key}\`: ${verdict.message}`;
      }
    } else if (ts.isObjectLiteralExpression(value) || ts.isArrayLiteralExpression(value)) {
      return `\`${key}\` carries a URL and must be a string`;
    }
  }
  return null;
};

/** Why spreading `expression` into `tag` cannot be checked prop by prop (null when it can and passes). */
const spreadProblem = (expression: ts.Expression, tag: ts.Node | undefined, context: SecurityContext): string | null => {
  if (!tag) {
    return 'props may be spread only into a component declared in this file';
  }
  if (ts.isJsxOpeningLikeElement(tag.parent) && ts.isIdentifier(tag) && /^[a-z]/.test(tag.text)) {
    return `<${tag.text}> is an HTML element: props may be spread only into a component declared in this file`;
  }
  if (!isOwnComponent(tag, context)) {
    const name = tag.getText(context.sourceFile).slice(0, 40);
    return `\`${name}\` is not a function component declared in this file (only those may receive spread props)`;
  }
  const data = new LiteralData(context);
  const values = data.values(expression);
  if (!values) {
    return 'its values are not known before the code runs (only const object literals of literals written in this file can be spread)';
  }
  const visitString = (text: string): string | null => stringValueProblem(text, context);
  for (const value of values) {
    if (isNullish(value)) {
      continue;
    }
    if (!ts.isObjectLiteralExpression(value)) {
      return 'it is not an object literal';
    }
    for (const property of value.properties) {
      const problem = data.propertyProblem(property);
      if (problem) {
        return problem;
      }
      const key = staticPropertyName(property.name!)!;
      const propertyValues = data.propertyValues(property);
      if (!propertyValues) {
        return `\`${key}\` is not a literal written in this file`;
      }
      const valueProblem =
        spreadPropProblem(key, propertyValues, context) ??
        propertyValues.reduce<string | null>((found, item) => found ?? data.problem(item, visitString), null);
      if (valueProblem) {
        return valueProblem;
      }
    }
  }
  return data.mutation();
};

/**
 * Spread props could smuggle ref, raw HTML, event handlers or URLs past the attribute checks. A spread is
 * allowed only into a function component of this file, of const data written in this file (object literals of
 * literals, reached through consts, array elements and .map callbacks), and each of its props must pass the
 * checks of the same prop written as an attribute.
 */
const checkSpread = (expression: ts.Expression, tag: ts.Node | undefined, context: SecurityContext): void => {
  const problem = spreadProblem(expression, tag, context);
  if (problem) {
    context.report(expression, 'jsx-spread', `spreading these props is not allowed: ${problem}; pass each prop by name`);
  }
};

/** One property of createElement's (or cloneElement's) props, by the rules for the same JSX attribute. */
const checkCreatedProp = (
  property: ts.ObjectLiteralElementLike,
  element: { tag: string | null; isComponent: boolean },
  context: SecurityContext,
): void => {
  const key = property.name;
  const name = !key
    ? null
    : ts.isComputedPropertyName(key)
      ? foldString(context, key.expression, 'source')
      : staticPropertyName(key);
  if (name === null) {
    context.report(property, 'dynamic-props', 'a prop of createElement must have a name written out so it can be checked');
    return;
  }
  checkPropName(name, property.name ?? property, context);
  if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) {
    context.report(property, 'dynamic-props', `\`${name}\` must be a plain value, not a method or accessor, so it can be checked`);
    return;
  }
  const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
  if (isUrlPropName(name, element.isComponent)) {
    checkUrlPropValue(context, name, value);
  }
  if (element.tag !== null && isSvgAnimation(element.tag) && normalisedName(name) === 'attributename') {
    checkAnimatedAttribute(value, property, context);
  }
};

const MAX_ALIAS_DEPTH = 8;

/** A function of React reached from an expression, with the arguments bound to it (`.bind(null, 'iframe')`). */
interface ReactFunction {
  name: string;
  bound: readonly ts.Expression[];
}

/** The React export an expression holds: named, through a namespace, a const alias, destructuring or .bind. */
const reactFunction = (node: ts.Expression, context: SecurityContext, depth = 0): ReactFunction | null => {
  const expression = unwrap(node);
  const target = importedExport(context, expression);
  if (target) {
    return target.module === 'react' ? { name: target.name, bound: [] } : null;
  }
  if (depth > MAX_ALIAS_DEPTH) {
    return null;
  }
  if (ts.isCallExpression(expression)) {
    const callee = unwrap(expression.expression);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'bind') {
      const inner = reactFunction(callee.expression, context, depth + 1);
      return inner ? { name: inner.name, bound: [...inner.bound, ...expression.arguments.slice(1)] } : null;
    }
    return null;
  }
  if (!ts.isIdentifier(expression)) {
    return null;
  }
  const resolution = resolveIdentifier(context, expression);
  if (resolution.kind !== 'local') {
    return null;
  }
  const declaration = resolution.declaration;
  if (ts.isVariableDeclaration(declaration) && declaration.initializer) {
    return reactFunction(declaration.initializer, context, depth + 1);
  }
  if (ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent)) {
    const holder = declaration.parent.parent;
    const key = declaration.propertyName ?? declaration.name;
    const name = ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : null;
    const source = ts.isVariableDeclaration(holder) && holder.initializer ? unwrap(holder.initializer) : undefined;
    if (name !== null && source && ts.isIdentifier(source) && isNamespace(resolveIdentifier(context, source)) === 'react') {
      return { name, bound: [] };
    }
  }
  return null;
};

/**
 * The React function a call runs and the arguments it gets, however it is reached: directly, under another name,
 * or through .call / .apply (args null when .apply gets something other than an array literal).
 */
const reactCall = (call: ts.CallExpression, context: SecurityContext): { name: string; args: readonly ts.Expression[] | null } | null => {
  const callee = unwrap(call.expression);
  if (ts.isPropertyAccessExpression(callee) && (callee.name.text === 'call' || callee.name.text === 'apply')) {
    const inner = reactFunction(callee.expression, context);
    if (inner) {
      if (callee.name.text === 'call') {
        return { name: inner.name, args: [...inner.bound, ...call.arguments.slice(1)] };
      }
      const list = call.arguments[1] ? unwrap(call.arguments[1]) : undefined;
      const spread = list && ts.isArrayLiteralExpression(list) && !list.elements.some(ts.isSpreadElement);
      return { name: inner.name, args: spread ? [...inner.bound, ...list.elements] : list ? null : [...inner.bound] };
    }
  }
  const direct = reactFunction(callee, context);
  return direct ? { name: direct.name, args: [...direct.bound, ...call.arguments] } : null;
};

/**
 * React.createElement / cloneElement are JSX without the syntax: the same checks on the element and on every
 * prop (names in any case, URL sources, SVG animations), or refused when the props are opaque. The alias rule
 * (imports.ts) makes sure they cannot be called under another name.
 */
const checkCreateElement = (call: ts.CallExpression, context: SecurityContext): void => {
  const target = reactCall(call, context);
  if (!target || (target.name !== 'createElement' && target.name !== 'cloneElement')) {
    return;
  }
  if (target.args === null) {
    context.report(call, 'dynamic-props', `the arguments of ${target.name} must be written out so they can be checked`);
    return;
  }
  if (target.args.slice(0, 2).some(ts.isSpreadElement)) {
    context.report(call, 'dynamic-props', `the arguments of ${target.name} must be written out so they can be checked`);
    return;
  }
  const [type, props] = target.args;
  let element: { tag: string | null; isComponent: boolean } = { tag: null, isComponent: true };
  if (target.name === 'createElement' && type) {
    const name = foldString(context, type, 'source');
    if (name !== null) {
      checkElementName(name, type, context);
      element = { tag: name, isComponent: false };
    } else {
      checkDynamicTag(type, context);
    }
  }
  if (!props) {
    return;
  }
  const literal = unwrap(props);
  if (ts.isObjectLiteralExpression(literal)) {
    for (const property of literal.properties) {
      if (ts.isSpreadAssignment(property)) {
        checkSpread(property.expression, target.name === 'createElement' ? type : undefined, context);
      } else {
        checkCreatedProp(property, element, context);
      }
    }
  } else if (literal.kind !== ts.SyntaxKind.NullKeyword && !(ts.isIdentifier(literal) && literal.text === 'undefined')) {
    context.report(props, 'dynamic-props', `props for ${target.name} must be written as an object literal so they can be checked`);
  }
};

/** No iframe/script/object/embed/style elements, no raw HTML, no DOM refs, no unverifiable spread props. */
export const checkJsx: SecurityRule = (node, context) => {
  if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
    checkTag(node.tagName, context);
    if (ts.isIdentifier(node.tagName) && isSvgAnimation(node.tagName.text)) {
      checkAnimationElement(node, context);
    }
  } else if (ts.isJsxAttribute(node)) {
    const name = ts.isIdentifier(node.name) ? node.name.text : `${node.name.namespace.text}:${node.name.name.text}`;
    checkPropName(name, node.name, context);
  } else if (ts.isJsxSpreadAttribute(node)) {
    checkSpread(node.expression, node.parent.parent.tagName, context);
  } else if (ts.isCallExpression(node)) {
    checkCreateElement(node, context);
  }
};
