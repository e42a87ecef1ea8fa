import ts from 'typescript';
import { FORBIDDEN_ELEMENTS, URL_ATTRIBUTES, URL_PROP_SUFFIXES } from '../allowlists';
import { foldString } from '../constants';
import { importedExport, unwrap } from '../symbols';
import type { SecurityContext, SecurityRule } from './context';

const isRiskyProp = (name: string): boolean => {
  const lower = name.toLowerCase();
  return (
    lower === 'ref' ||
    lower === 'dangerouslysetinnerhtml' ||
    URL_ATTRIBUTES.has(lower) ||
    URL_PROP_SUFFIXES.some((suffix) => lower.endsWith(suffix))
  );
};

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

/** Spread props can smuggle ref, raw HTML or URLs past the attribute checks unless their type rules that out. */
const checkSpread = (expression: ts.Expression, context: SecurityContext): void => {
  const type = context.checker.typeAt(expression);
  const opaque = (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0 || type.stringIndexType() !== undefined;
  const risky = type.properties().find((property) => isRiskyProp(property.name));
  if (opaque || risky) {
    const what = risky ? `it may carry \`${risky.name}\`` : 'its properties are not known';
    context.report(expression, 'jsx-spread', `spreading these props is not allowed: ${what}; pass each prop by name`);
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
        checkSpread(property.expression, context);
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
    checkSpread(node.expression, context);
  } else if (ts.isCallExpression(node)) {
    checkCreateElement(node, context);
  }
};
