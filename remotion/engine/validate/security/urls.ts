import ts from 'typescript';
import { foldSource, foldString } from '../constants';
import { unwrap } from '../symbols';
import type { SecurityContext, SecurityRule } from './context';
import { cssResources, type CssResourceKind } from './css';
import { tracerFor } from './mediaSources';

// Matching inside string values (never over the source text): what a literal would make the browser contact.
const NETWORK_ADDRESS = new RegExp(
  [
    // A scheme alone ('https://' joined to a domain shown as text) is not an address yet: a host must follow.
    /\b(?:https?|wss?|ftp):\/\/[^\s'"`)]+/.source,
    /\bfile:\/\/[^\s'"`)]*/.source,
    /\bjavascript:/.source,
    /(?:^|[\s('"])\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+/.source, // protocol-relative: //host.tld
    /\b(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\])(?::\d+)?\b/.source, // loopback, maybe with a port
  ].join('|'),
  'gi',
);
// Namespace names in SVG markup look like URLs but are never fetched.
const XML_NAMESPACES = new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink', 'http://www.w3.org/1999/xhtml']);
/** Stands for a piece of a built string known only at run time, inside the CSS text handed to the tokenizer. */
const SLOT = /\uE000(\d+)\uE001/g;
const slot = (index: number): string => `\uE000${index}\uE001`;
const KIND_LABEL: Record<CssResourceKind, string> = { url: 'url()', 'image-set': 'image-set()', import: '@import', src: 'src' };

type Part = { text: string } | { expression: ts.Expression };

/** The namespace itself, maybe followed by a quote or a bracket of the markup around it (`%27`, `'>`). */
const isNamespace = (address: string, namespace: string): boolean =>
  address.startsWith(namespace) && /^(?:$|[^a-z0-9/._~-])/i.test(address.slice(namespace.length));

const networkAddress = (text: string, context: SecurityContext): string | null => {
  if (context.assets.has(text)) {
    return null;
  }
  for (const match of text.matchAll(NETWORK_ADDRESS)) {
    const address = match[0].trim();
    if (![...XML_NAMESPACES].some((namespace) => isNamespace(address, namespace))) {
      return address;
    }
  }
  return null;
};

const literalTexts = (node: ts.Node): string[] | null => {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return [node.text];
  }
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  }
  return null;
};

const isStringConcat = (call: ts.CallExpression, context: SecurityContext): boolean => {
  const callee = call.expression;
  return (
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === 'concat' &&
    (context.checker.typeAt(callee.expression).flags & ts.TypeFlags.StringLike) !== 0
  );
};

/** `['url(', x, ')'].join('')`: an array literal (no spreads) joined by a separator written out. */
const isArrayJoin = (call: ts.CallExpression): boolean => {
  const callee = call.expression;
  const separator = call.arguments[0];
  return (
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === 'join' &&
    ts.isArrayLiteralExpression(unwrap(callee.expression)) &&
    !(unwrap(callee.expression) as ts.ArrayLiteralExpression).elements.some(ts.isSpreadElement) &&
    call.arguments.length <= 1 &&
    (!separator || ts.isStringLiteral(separator) || ts.isNoSubstitutionTemplateLiteral(separator))
  );
};

const isConcatenation = (node: ts.Node): boolean =>
  ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken;

/** A string built from pieces: `+`, a template, `.concat(...)` on a string, `[...].join(sep)`. */
const isBuild = (node: ts.Node, context: SecurityContext): node is ts.Expression =>
  isConcatenation(node) ||
  ts.isTemplateExpression(node) ||
  (ts.isCallExpression(node) && (isStringConcat(node, context) || isArrayJoin(node)));

/** The pieces of a built string, in order (parts of nested builds are flattened). */
const partsOf = (node: ts.Expression, context: SecurityContext): Part[] => {
  if (ts.isParenthesizedExpression(node)) {
    return partsOf(node.expression, context);
  }
  if (isConcatenation(node)) {
    const binary = node as ts.BinaryExpression;
    return [...partsOf(binary.left, context), ...partsOf(binary.right, context)];
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return [{ text: node.text }];
  }
  if (ts.isTemplateExpression(node)) {
    return [
      { text: node.head.text },
      ...node.templateSpans.flatMap((span): Part[] => [...partsOf(span.expression, context), { text: span.literal.text }]),
    ];
  }
  if (ts.isCallExpression(node) && isStringConcat(node, context)) {
    const receiver = (node.expression as ts.PropertyAccessExpression).expression;
    return [...partsOf(receiver, context), ...node.arguments.flatMap((argument) => partsOf(argument, context))];
  }
  if (ts.isCallExpression(node) && isArrayJoin(node)) {
    const array = unwrap((node.expression as ts.PropertyAccessExpression).expression) as ts.ArrayLiteralExpression;
    const separator = node.arguments[0] as ts.StringLiteral | undefined;
    return array.elements.flatMap((element, index): Part[] => [
      ...(index > 0 ? [{ text: separator ? separator.text : ',' }] : []),
      ...(ts.isOmittedExpression(element) ? [] : partsOf(element, context)),
    ]);
  }
  return [{ expression: node }];
};

/** Whether a node is a piece of a bigger build (which is checked as a whole). */
const isInsideBuild = (node: ts.Node, context: SecurityContext): boolean => {
  let child = node;
  let parent = node.parent;
  while (ts.isParenthesizedExpression(parent)) {
    child = parent;
    parent = parent.parent;
  }
  if (isConcatenation(parent) || ts.isTemplateSpan(parent)) {
    return true;
  }
  if (ts.isCallExpression(parent) && isStringConcat(parent, context)) {
    return parent.arguments.includes(child as ts.Expression) || (parent.expression as ts.PropertyAccessExpression).expression === child;
  }
  if (ts.isArrayLiteralExpression(parent) && ts.isPropertyAccessExpression(parent.parent) && ts.isCallExpression(parent.parent.parent)) {
    return isArrayJoin(parent.parent.parent) && parent.parent.expression === parent;
  }
  if (ts.isCallExpression(parent) && isArrayJoin(parent) && parent.arguments[0] === child) {
    return true;
  }
  if (ts.isPropertyAccessExpression(parent) && ts.isCallExpression(parent.parent) && isStringConcat(parent.parent, context)) {
    return true;
  }
  return false;
};

/** A CSS target that loads nothing outside the job: empty, this document (`#id`), data:, or one of the job's assets. */
const isAllowedCssTarget = (value: string, context: SecurityContext): boolean => {
  const lower = value.trim().toLowerCase();
  return lower === '' || lower.startsWith('#') || lower.startsWith('%23') || lower.startsWith('data:') || context.assets.has(value);
};

/**
 * What a string value written in the code would make the browser load, by the rules checkUrls applies to every
 * literal: a network address, or a CSS resource outside the job's assets. Null when neither.
 */
export const stringValueProblem = (text: string, context: SecurityContext): string | null => {
  const address = networkAddress(text, context);
  if (address) {
    return `"${address}" is a network address`;
  }
  const resource = cssResources(text, SLOT).resources.find((found) => found.open || !isAllowedCssTarget(found.value, context));
  return resource === undefined ? null : `${KIND_LABEL[resource.kind]} "${resource.value}" is not one of this job's assets`;
};

/**
 * CSS in a string, parsed (see css.ts): every url(), image-set() entry, @import and src: must be one of the job's
 * assets, or exactly one piece that is a trusted media source (`url(${images[0]})`), never a URL put together from
 * pieces. A literal on its own may not leave a url( open for code elsewhere to complete.
 */
const checkCss = (node: ts.Expression, parts: Part[], alone: boolean, context: SecurityContext): void => {
  const slots: ts.Expression[] = [];
  let text = '';
  for (const part of parts) {
    if ('text' in part) {
      text += part.text;
      continue;
    }
    const folded = foldSource(context, part.expression);
    if (folded && (typeof folded.value === 'string' || typeof folded.value === 'number')) {
      text += String(folded.value);
    } else {
      text += slot(slots.length);
      slots.push(part.expression);
    }
  }
  if (slots.length === 0 && !/[(@:\\]/.test(text)) {
    return; // nothing CSS could load from
  }
  const shown = (value: string): string =>
    value.replace(SLOT, (_, index: string) => `\${${slots[Number(index)].getText(context.sourceFile).slice(0, 30)}}`);
  const { resources, builtNames } = cssResources(text, SLOT);
  for (const name of builtNames) {
    context.report(node, 'css-url', `the CSS name \`${shown(name)}\` is put together at run time: it could become url(; write it out`);
  }
  const tracer = tracerFor(context);
  for (const resource of resources) {
    const label = KIND_LABEL[resource.kind];
    const pieces = [...resource.value.matchAll(SLOT)];
    if (pieces.length === 0) {
      if (alone && resource.open) {
        context.report(node, 'css-url', `${label} is left open in this string: write the whole ${label} in one string or template`);
      } else if (!isAllowedCssTarget(resource.value, context)) {
        context.report(node, 'css-url', `${label} "${resource.value}" is not one of this job's assets: use props.images or an asset URL`);
      }
    } else if (pieces.length === 1 && pieces[0][0] === resource.value.trim()) {
      const expression = slots[Number(pieces[0][1])];
      const verdict = tracer.check(expression);
      if (verdict) {
        context.report(expression, 'css-url', `in ${label}: ${verdict.message}`);
      }
    } else {
      context.report(
        node,
        'css-url',
        `the address in ${label} is put together from pieces ("${shown(resource.value)}"): it must be exactly one of ` +
          "this job's assets, an entry of props.images or staticFile('...')",
      );
    }
  }
};

/** No network addresses in string values, whether written out or built from pieces; CSS loads only the job's assets. */
export const checkUrls: SecurityRule = (node, context) => {
  const texts = literalTexts(node);
  if (texts) {
    for (const text of texts) {
      const address = networkAddress(text, context);
      if (address) {
        context.report(node, 'external-url', `"${address}" is a network address: a composition loads nothing from the network`);
      }
    }
  }
  if (!ts.isExpression(node) || isInsideBuild(node, context)) {
    return;
  }
  const isLoneLiteral = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
  const build = isBuild(node, context);
  if (!isLoneLiteral && !build) {
    return;
  }
  const parts = partsOf(node, context);
  checkCss(node, parts, isLoneLiteral, context);
  if (build && !parts.some((part) => 'text' in part && networkAddress(part.text, context))) {
    const folded = foldString(context, node);
    const address = folded === null ? null : networkAddress(folded, context);
    if (address) {
      const message = `"${address}" (built from pieces) is a network address: a composition loads nothing from the network`;
      context.report(node, 'external-url', message);
    }
  }
};
