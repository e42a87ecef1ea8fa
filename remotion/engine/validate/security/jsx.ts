import ts from 'typescript';
import { FORBIDDEN_ELEMENTS, FORBIDDEN_MEMBERS, URL_ATTRIBUTES, URL_PROP_SUFFIXES } from '../allowlists';
import { foldString } from '../constants';
import { importedExport, unwrap } from '../symbols';
import type { SecurityContext, SecurityRule } from './context';
import { isOwnComponent, LiteralData, staticPropertyName } from './literalData';
import { tracerFor } from './mediaSources';
import { stringValueProblem } from './urls';

const checkElementName = (name: string, at: ts.Node, context: SecurityContext): void => {
  if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
    context.report(at, 'forbidden-element', `<${name}> is not allowed: it loads or runs other documents, scripts or styles`);
  }
};

/** `<Tag>` where Tag is a variable: its value must be a component or a known, allowed element name. */
const checkDynamicTag = (tag: ts.Expression, context: SecurityContext): void => {
  const name = foldString(context, tag);
  if (name !== null) {
    checkElementName(name, tag, context);
    return;
  }
  const stringy = context.checker
    .typeAt(tag)
    .members()
    .some((member) => member.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.Any));
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

const checkPropName = (name: string, at: ts.Node, context: SecurityContext): void => {
  if (name === 'ref') {
    context.report(at, 'dom-ref', '`ref` is not allowed: a composition does not touch DOM nodes; size things from useVideoConfig()');
  } else if (name === 'dangerouslySetInnerHTML') {
    context.report(at, 'inner-html', '`dangerouslySetInnerHTML` is not allowed: raw HTML can load anything; write JSX');
  }
};

/** A prop name reduced to lower-case letters and digits: `SrcDoc`, `src-doc` and `srcdoc` are the same name. */
const normalised = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Props a spread may never carry, by normalised name (whatever their value). */
const FORBIDDEN_SPREAD_PROPS: ReadonlySet<string> = new Set([
  'ref',
  'dangerouslysetinnerhtml',
  'srcdoc',
  'innerhtml',
  'outerhtml',
  ...[...FORBIDDEN_MEMBERS.keys()].map(normalised),
]);

const isNullish = (value: ts.Expression): boolean =>
  value.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(value) && value.text === 'undefined');

/**
 * What is wrong with one spread prop, by the rules for the same prop written as an attribute of a component:
 * no ref, raw HTML or event handler (by any spelling), and a URL prop only with a source checkMediaSources
 * accepts. The values are literal data already.
 */
const spreadPropProblem = (key: string, values: ts.Expression[], context: SecurityContext): string | null => {
  const name = normalised(key);
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

/** React.createElement / cloneElement are JSX without the syntax: the same checks, or refused when opaque. */
const checkCreateElement = (call: ts.CallExpression, context: SecurityContext): void => {
  const target = importedExport(context, call.expression);
  if (target?.module !== 'react' || (target.name !== 'createElement' && target.name !== 'cloneElement')) {
    return;
  }
  const [type, props] = call.arguments;
  if (target.name === 'createElement' && type) {
    const name = foldString(context, type);
    if (name !== null) {
      checkElementName(name, type, context);
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
      } else if (property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) {
        checkPropName(property.name.text, property.name, context);
      }
    }
  } else if (literal.kind !== ts.SyntaxKind.NullKeyword) {
    context.report(props, 'dynamic-props', `props for ${target.name} must be written as an object literal so they can be checked`);
  }
};

/** No iframe/script/object/embed/style elements, no raw HTML, no DOM refs, no unverifiable spread props. */
export const checkJsx: SecurityRule = (node, context) => {
  if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
    checkTag(node.tagName, context);
  } else if (ts.isJsxAttribute(node)) {
    const name = ts.isIdentifier(node.name) ? node.name.text : node.name.name.text;
    checkPropName(name, node.name, context);
  } else if (ts.isJsxSpreadAttribute(node)) {
    checkSpread(node.expression, node.parent.parent.tagName, context);
  } else if (ts.isCallExpression(node)) {
    checkCreateElement(node, context);
  }
};
