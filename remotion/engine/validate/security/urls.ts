import ts from 'typescript';
import { foldString } from '../constants';
import type { SecurityContext, SecurityRule } from './context';
import { tracerFor } from './mediaSources';

// Matching inside string values (never over the source text): what a literal would make the browser contact.
const NETWORK_ADDRESS = new RegExp(
  [
    /\b(?:https?|wss?|ftp|file):\/\/[^\s'"`)]*/.source,
    /\bjavascript:/.source,
    /(?:^|[\s('"])\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+/.source, // protocol-relative: //host.tld
    /\b(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\])(?::\d+)?\b/.source, // loopback, maybe with a port
  ].join('|'),
  'gi',
);
// Namespace names in SVG markup look like URLs but are never fetched.
const XML_NAMESPACES = new Set(['http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xlink', 'http://www.w3.org/1999/xhtml']);
const CSS_URL = /url\(\s*['"]?([^'")\s]*)/gi;
const CSS_URL_OPEN = /url\(\s*['"]?$/i;

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

/** The pieces of a string built with `+` or a template, in order. */
const partsOf = (node: ts.Expression): Part[] => {
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return [...partsOf(node.left), ...partsOf(node.right)];
  }
  if (ts.isParenthesizedExpression(node)) {
    return partsOf(node.expression);
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return [{ text: node.text }];
  }
  if (ts.isTemplateExpression(node)) {
    return [
      { text: node.head.text },
      ...node.templateSpans.flatMap((span): Part[] => [{ expression: span.expression }, { text: span.literal.text }]),
    ];
  }
  return [{ expression: node }];
};

const isConcatenation = (node: ts.Node): boolean =>
  ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken;

const isInsideConcatenation = (node: ts.Node): boolean => {
  let parent = node.parent;
  while (ts.isParenthesizedExpression(parent)) {
    parent = parent.parent;
  }
  return isConcatenation(parent);
};

/** A whole string built with `+` or a template (not a piece of a bigger one). */
const isOutermostStringBuild = (node: ts.Node): boolean =>
  ts.isTemplateExpression(node) || (isConcatenation(node) && !isInsideConcatenation(node));

/** A CSS url() target that is neither local (`#id`, data:) nor one of the job's assets, nor a network address. */
const isUnlistedCssUrl = (url: string, context: SecurityContext): boolean => {
  const local = url.startsWith('#') || url.toLowerCase().startsWith('%23') || url.startsWith('data:');
  return url !== '' && !local && !context.assets.has(url) && !networkAddress(url, context);
};

/**
 * What a string value written in the code would make the browser load, by the rules checkUrls applies to every
 * literal: a network address, or a CSS url() outside the job's assets. Null when neither.
 */
export const stringValueProblem = (text: string, context: SecurityContext): string | null => {
  const address = networkAddress(text, context);
  if (address) {
    return `"${address}" is a network address`;
  }
  const url = [...text.matchAll(CSS_URL)].map((match) => match[1]).find((target) => isUnlistedCssUrl(target, context));
  return url === undefined ? null : `url(${url}) is not one of this job's assets`;
};

/** `url(...)` in CSS values: literal URLs must be the job's assets; interpolated ones must be trusted sources. */
const checkCssUrls = (node: ts.Expression, context: SecurityContext): void => {
  const parts = partsOf(node);
  const tracer = tracerFor(context);
  parts.forEach((part, index) => {
    if ('text' in part) {
      for (const [, url] of part.text.matchAll(CSS_URL)) {
        if (isUnlistedCssUrl(url, context)) {
          context.report(node, 'css-url', `url(${url}) is not one of this job's assets: use props.images or an asset URL`);
        }
      }
      const next = parts[index + 1];
      if (CSS_URL_OPEN.test(part.text) && next && 'expression' in next) {
        const verdict = tracer.check(next.expression);
        if (verdict) {
          context.report(next.expression, 'css-url', `in url(...): ${verdict.message}`);
        }
      }
    }
  });
};

/** No network addresses in string values, whether written out or built from pieces; CSS url() only for assets. */
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
  const isLoneLiteral = (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isInsideConcatenation(node);
  if (!ts.isExpression(node) || !(isOutermostStringBuild(node) || isLoneLiteral)) {
    return;
  }
  checkCssUrls(node, context);
  if (isOutermostStringBuild(node) && !partsOf(node).some((part) => 'text' in part && networkAddress(part.text, context))) {
    const folded = foldString(context, node);
    const address = folded === null ? null : networkAddress(folded, context);
    if (address) {
      const message = `"${address}" (built from pieces) is a network address: a composition loads nothing from the network`;
      context.report(node, 'external-url', message);
    }
  }
};
