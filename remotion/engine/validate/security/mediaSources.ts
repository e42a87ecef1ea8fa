import path from 'node:path';
import ts from 'typescript';
import { SRC_DIR } from '../../paths';
import type { CheckedSymbol } from '../checker';
import { URL_ATTRIBUTES, URL_PROP_SUFFIXES } from '../allowlists';
import { foldString } from '../constants';
import { importedExport, resolveIdentifier, unwrap } from '../symbols';
import type { SecurityContext, SecurityRule } from './context';
import { functionName } from './flow';
import { isReassigned, LiteralData, staticPropertyName } from './literalData';
import type { NameVerdict } from './names';

// Where props.images is declared: DynamicVideo's schema (GeneratedVideoProps in src/types.ts is inferred from it).
const TYPES_FILE = path.join(SRC_DIR, 'schemas', 'dynamicVideo.ts');
/** Methods of props.images that return some of its own entries (never values a callback or an argument made). */
const ENTRY_METHODS = new Set(['filter', 'find', 'findLast', 'at', 'slice', 'toReversed', 'toSorted']);
/** Methods whose callback gets the entries of props.images as its first parameter. */
const CALLBACK_METHODS = new Set(['map', 'forEach', 'filter', 'find', 'findLast', 'findIndex', 'findLastIndex', 'flatMap', 'some', 'every']);
const MAX_DEPTH = 12;

const isImagesProperty = (symbol: CheckedSymbol | undefined): boolean =>
  symbol?.name === 'images' && symbol.declarations.some((d) => d.fileName === TYPES_FILE);

/**
 * Follows a value that ends up as an image, audio or video source back to where it comes from. Trusted origins:
 * an entry of props.images, a URL in the job's asset list, or staticFile(...).
 */
class SourceTracer {
  /**
   * @param fragments whether a same-document reference (`#id`) is fine: for href and xlink:href, which SVG
   *   uses to point at an element of the page itself (`<use href="#dot">`, `<textPath href="#path">`).
   */
  constructor(
    private readonly context: SecurityContext,
    private readonly fragments = false,
  ) {}

  /** `#id` or a string built with `#` first (`#${id}-path`): whatever follows, it names a part of this page. */
  private isFragment(expression: ts.Expression): boolean {
    if (!this.fragments) {
      return false;
    }
    let first: ts.Expression = expression;
    while (true) {
      const inner = unwrap(first);
      if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        first = inner.left;
      } else {
        first = inner;
        break;
      }
    }
    const head = ts.isTemplateExpression(first)
      ? first.head.text
      : ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)
        ? first.text
        : '';
    return head.startsWith('#');
  }

  literal(text: string, built: boolean): NameVerdict | null {
    if (text === '' || this.context.assets.has(text) || text.startsWith('data:image/') || (this.fragments && text.startsWith('#'))) {
      return null;
    }
    const how = built ? ' (built from pieces)' : '';
    if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('//')) {
      const message = `loading "${text}"${how} is not allowed: media may come only from props.images, this job's assets or staticFile()`;
      return { code: 'external-url', message };
    }
    const message = `"${text}"${how} is not one of this job's assets: use props.images, an asset URL or staticFile('${text}')`;
    return { code: 'unlisted-asset', message };
  }

  private dynamic(expression: ts.Expression): NameVerdict {
    const text = expression.getText(this.context.sourceFile).slice(0, 60);
    return {
      code: 'dynamic-src',
      message: `the media source \`${text}\` does not come from props.images, this job's assets or staticFile('...')`,
    };
  }

  /** Whether an expression is props.images, one of its entries, or a value taken from it. */
  isFromImages(node: ts.Expression, depth = 0): boolean {
    const expression = unwrap(node);
    if (depth > MAX_DEPTH) {
      return false;
    }
    if (ts.isPropertyAccessExpression(expression)) {
      return isImagesProperty(this.context.checker.symbolAt(expression.name));
    }
    if (ts.isElementAccessExpression(expression)) {
      return this.isFromImages(expression.expression, depth + 1);
    }
    if (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression)) {
      return ENTRY_METHODS.has(expression.expression.name.text) && this.isFromImages(expression.expression.expression, depth + 1);
    }
    if (ts.isConditionalExpression(expression)) {
      return this.isFromImages(expression.whenTrue, depth + 1) && this.isFromImages(expression.whenFalse, depth + 1);
    }
    if (!ts.isIdentifier(expression)) {
      return false;
    }
    const resolution = resolveIdentifier(this.context, expression);
    if (resolution.kind !== 'local') {
      return false;
    }
    const declaration = resolution.declaration;
    if (ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent)) {
      const key = declaration.propertyName ?? declaration.name;
      return (
        !declaration.initializer &&
        ts.isIdentifier(key) &&
        isImagesProperty(this.context.checker.typeAt(declaration.parent).property(key.text))
      );
    }
    if (ts.isVariableDeclaration(declaration) && declaration.initializer && ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) {
      return this.isFromImages(declaration.initializer, depth + 1);
    }
    if (ts.isParameter(declaration)) {
      return this.isCallbackOfImages(declaration, depth);
    }
    return false;
  }

  /**
   * `images.map((src) => ...)`: the first parameter of a callback given to a method of props.images, without a
   * default value (a default is not one of the entries).
   */
  private isCallbackOfImages(parameter: ts.ParameterDeclaration, depth: number): boolean {
    const fn = parameter.parent;
    const call = fn.parent;
    return (
      fn.parameters[0] === parameter &&
      !parameter.initializer &&
      !parameter.dotDotDotToken &&
      ts.isIdentifier(parameter.name) &&
      ts.isCallExpression(call) &&
      call.arguments[0] === fn &&
      ts.isPropertyAccessExpression(call.expression) &&
      CALLBACK_METHODS.has(call.expression.name.text) &&
      this.isFromImages(call.expression.expression, depth + 1) &&
      !isReassigned(this.context, parameter)
    );
  }

  check(node: ts.Expression, depth = 0): NameVerdict | null {
    const expression = unwrap(node);
    if (depth > MAX_DEPTH) {
      return this.dynamic(expression);
    }
    if (expression.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(expression) && expression.text === 'undefined')) {
      return null;
    }
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
      return this.literal(expression.text, false);
    }
    if (ts.isConditionalExpression(expression)) {
      return this.check(expression.whenTrue, depth + 1) ?? this.check(expression.whenFalse, depth + 1);
    }
    if (ts.isBinaryExpression(expression)) {
      const operator = expression.operatorToken.kind;
      if (operator === ts.SyntaxKind.QuestionQuestionToken || operator === ts.SyntaxKind.BarBarToken) {
        return this.check(expression.left, depth + 1) ?? this.check(expression.right, depth + 1);
      }
      if (operator === ts.SyntaxKind.AmpersandAmpersandToken) {
        return this.check(expression.right, depth + 1);
      }
    }
    if (ts.isTemplateExpression(expression) || ts.isBinaryExpression(expression)) {
      if (this.isFragment(expression)) {
        return null;
      }
      // Folded from the source only: a literal type can lie about what a piece holds at run time.
      const folded = foldString(this.context, expression, 'source');
      return folded === null ? this.dynamic(expression) : this.literal(folded, true);
    }
    if (this.isFromImages(expression)) {
      return null;
    }
    if (ts.isCallExpression(expression)) {
      // staticFile() always yields a path on the page's own origin (it refuses URLs and encodes every segment).
      const callee = importedExport(this.context, expression.expression);
      return callee?.module === 'remotion' && callee.name === 'staticFile' ? null : this.dynamic(expression);
    }
    if (ts.isIdentifier(expression)) {
      return this.checkIdentifier(expression, depth);
    }
    if (ts.isPropertyAccessExpression(expression) && ts.isIdentifier(expression.expression)) {
      const owner = resolveIdentifier(this.context, expression.expression);
      if (owner.kind === 'local' && ts.isParameter(owner.declaration)) {
        return this.checkParameter(owner.declaration, expression.name.text, expression, depth);
      }
    }
    return this.dynamic(expression);
  }

  private checkIdentifier(identifier: ts.Identifier, depth: number): NameVerdict | null {
    const resolution = resolveIdentifier(this.context, identifier);
    if (resolution.kind !== 'local') {
      return this.dynamic(identifier);
    }
    const declaration = resolution.declaration;
    if (ts.isVariableDeclaration(declaration) && declaration.initializer && ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) {
      return this.check(declaration.initializer, depth + 1);
    }
    // A default value is used when a caller leaves the prop out: it must be a trusted source as well.
    const fallback = (ts.isParameter(declaration) || ts.isBindingElement(declaration)) && declaration.initializer;
    const verdict = fallback ? this.check(fallback, depth + 1) : null;
    if (verdict) {
      return verdict;
    }
    if (ts.isParameter(declaration)) {
      return this.checkParameter(declaration, null, identifier, depth);
    }
    if (ts.isBindingElement(declaration) && ts.isObjectBindingPattern(declaration.parent) && ts.isParameter(declaration.parent.parent)) {
      const key = declaration.propertyName ?? declaration.name;
      return ts.isIdentifier(key)
        ? this.checkParameter(declaration.parent.parent, key.text, identifier, depth)
        : this.dynamic(identifier);
    }
    return this.dynamic(identifier);
  }

  /** Every identifier of the composition that refers to `symbol` (found by name first: cheap). */
  private referencesTo(name: ts.Identifier, symbol: CheckedSymbol): ts.Identifier[] {
    const found: ts.Identifier[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node.text === name.text && this.context.checker.symbolAt(node) === symbol) {
        found.push(node);
      }
      ts.forEachChild(node, visit);
    };
    visit(this.context.sourceFile);
    return found;
  }

  /**
   * A parameter of a local component or function: every place that calls it must pass a trusted source for
   * the prop (or positional argument) that reaches the sink.
   */
  private checkParameter(parameter: ts.ParameterDeclaration, prop: string | null, at: ts.Expression, depth: number): NameVerdict | null {
    const fn = parameter.parent;
    const index = fn.parameters.indexOf(parameter);
    const name = functionName(fn);
    const symbol = name ? this.context.checker.symbolAt(name) : undefined;
    if (!name || !symbol) {
      return this.dynamic(at);
    }
    for (const reference of this.referencesTo(name, symbol)) {
      const verdict = this.checkUse(reference, name, index, prop, at, depth);
      if (verdict) {
        return verdict;
      }
    }
    return null;
  }

  private checkAttributeUse(attribute: ts.JsxAttribute, prop: string, depth: number): NameVerdict | null {
    const attributeName = ts.isIdentifier(attribute.name) ? attribute.name.text : '';
    if (attributeName !== prop || !attribute.initializer) {
      return null;
    }
    if (ts.isStringLiteral(attribute.initializer)) {
      return this.literal(attribute.initializer.text, false);
    }
    if (ts.isJsxExpression(attribute.initializer) && attribute.initializer.expression) {
      return this.check(attribute.initializer.expression, depth + 1);
    }
    return null;
  }

  /** `<Card {...CARD} />` with CARD literal data of the file: the value it writes for the prop, if any. */
  private checkSpreadUse(expression: ts.Expression, prop: string, depth: number): NameVerdict | null {
    const data = new LiteralData(this.context);
    const values = data.values(expression);
    if (!values) {
      return this.dynamic(expression);
    }
    for (const value of values) {
      if (!ts.isObjectLiteralExpression(value)) {
        if (value.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(value) && value.text === 'undefined')) {
          continue;
        }
        return this.dynamic(expression);
      }
      for (const property of value.properties) {
        const key = property.name ? staticPropertyName(property.name) : null;
        if (key === null) {
          return this.dynamic(expression);
        }
        if (key !== prop) {
          continue;
        }
        const written = data.propertyValues(property);
        if (!written) {
          return this.dynamic(expression);
        }
        for (const item of written) {
          const verdict = this.check(item, depth + 1);
          if (verdict) {
            return verdict;
          }
        }
      }
    }
    return null;
  }

  private checkUse(
    reference: ts.Identifier,
    declaredName: ts.Identifier,
    index: number,
    prop: string | null,
    at: ts.Expression,
    depth: number,
  ): NameVerdict | null {
    const parent = reference.parent;
    if (reference === declaredName || ts.isJsxClosingElement(parent)) {
      return null;
    }
    if ((ts.isJsxOpeningElement(parent) || ts.isJsxSelfClosingElement(parent)) && parent.tagName === reference && index === 0 && prop) {
      // Every attribute or spread that may set the prop must give a trusted source (a later one wins at run time).
      for (const attribute of parent.attributes.properties) {
        const verdict = ts.isJsxSpreadAttribute(attribute)
          ? this.checkSpreadUse(attribute.expression, prop, depth)
          : this.checkAttributeUse(attribute, prop, depth);
        if (verdict) {
          return verdict;
        }
      }
      return null;
    }
    if (ts.isCallExpression(parent) && parent.expression === reference) {
      const argument = parent.arguments[index];
      if (!argument || prop === null) {
        return argument ? this.check(argument, depth + 1) : null;
      }
      const literal = unwrap(argument);
      if (!ts.isObjectLiteralExpression(literal)) {
        return this.dynamic(argument);
      }
      for (const property of literal.properties) {
        if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === prop) {
          return this.check(property.initializer, depth + 1);
        }
        if (ts.isShorthandPropertyAssignment(property) && property.name.text === prop) {
          return this.check(property.name, depth + 1);
        }
        if (ts.isSpreadAssignment(property)) {
          return this.dynamic(property.expression);
        }
      }
      return null;
    }
    // Passed around as a value, or the default export (its props are the job's script and facts: text, not URLs).
    return this.dynamic(at);
  }
}

/** A prop name reduced to lower-case letters and digits: `SrcDoc`, `src-doc`, `xlink:href` and `srcdoc` compare equal. */
export const normalisedName = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Whether a prop carries a URL: a URL attribute of any element, or `...Url`/`...Src`/`...Image` of a component. */
export const isUrlPropName = (name: string, isComponent: boolean): boolean => {
  const normal = normalisedName(name);
  return URL_ATTRIBUTES.has(normal) || (isComponent && URL_PROP_SUFFIXES.some((suffix) => normal.endsWith(suffix)));
};

const isComponentTag = (tag: ts.JsxTagNameExpression): boolean => !ts.isIdentifier(tag) || /^[A-Z]/.test(tag.text);

const mayBeString = (context: SecurityContext, expression: ts.Expression): boolean =>
  context.checker
    .typeAt(expression)
    .members()
    .some((member) => member.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.Any | ts.TypeFlags.Unknown));

export const tracerFor = (context: SecurityContext, fragments = false): SourceTracer => new SourceTracer(context, fragments);

/**
 * The value of one URL prop, written as a JSX attribute or as a property of createElement's props: it must be
 * props.images (or one of its entries), one of this job's assets or staticFile(); href may also be `#id`.
 */
export const checkUrlPropValue = (context: SecurityContext, name: string, value: ts.Expression): void => {
  const tracer = tracerFor(context, normalisedName(name).endsWith('href'));
  if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) {
    const verdict = tracer.literal(value.text, false);
    if (verdict) {
      context.report(value, verdict.code, verdict.message);
    }
    return;
  }
  if (!mayBeString(context, value)) {
    return;
  }
  const verdict = tracer.check(value);
  if (verdict) {
    context.report(value, verdict.code, verdict.message);
  }
};

/** Every src/href/poster/imageUrl... gets its value from props.images, the job's assets or staticFile(). */
export const checkMediaSources: SecurityRule = (node, context) => {
  if (!ts.isJsxAttribute(node) || !node.initializer) {
    return;
  }
  const element = node.parent.parent;
  const name = ts.isIdentifier(node.name) ? node.name.text : `${node.name.namespace.text}:${node.name.name.text}`;
  if (!isUrlPropName(name, isComponentTag(element.tagName))) {
    return;
  }
  const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
  if (value && (ts.isStringLiteral(value) || ts.isExpression(value))) {
    checkUrlPropValue(context, name, value);
  }
};
