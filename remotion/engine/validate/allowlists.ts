import path from 'node:path';
import ts from 'typescript';
import { SRC_DIR } from '../paths';

// The elements and URL attributes the runtime sandbox refuses: the validator refuses the same ones, earlier.
export { FORBIDDEN_ELEMENTS, URL_ATTRIBUTES, URL_PROP_SUFFIXES } from '../../src/sandbox/policy';

// The runtime sandbox (src/sandbox/scope.ts) is the source of truth for what generated code can reach; the
// static allowlists are read from it so the two can never drift apart.
const SCOPE_FILE = path.join(SRC_DIR, 'sandbox', 'scope.ts');

const findInitializer = (sourceFile: ts.SourceFile, name: string): ts.Expression => {
  let found: ts.Expression | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name) {
      found = node.initializer;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  if (!found) {
    throw new Error(`${SCOPE_FILE} no longer declares ${name}; update engine/validate/allowlists.ts`);
  }
  return found;
};

const objectKeys = (expression: ts.Expression): string[] => {
  const literal = ts.isAsExpression(expression) ? expression.expression : expression;
  if (!ts.isObjectLiteralExpression(literal)) {
    throw new Error(`${SCOPE_FILE}: expected an object literal`);
  }
  return literal.properties.flatMap((property) =>
    property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? [property.name.text] : [],
  );
};

const setEntries = (expression: ts.Expression): string[] => {
  const argument = ts.isNewExpression(expression) ? expression.arguments?.[0] : undefined;
  if (!argument || !ts.isArrayLiteralExpression(argument)) {
    throw new Error(`${SCOPE_FILE}: expected new Set([...])`);
  }
  return argument.elements.flatMap((element) => (ts.isStringLiteral(element) ? [element.text] : []));
};

const readSandboxScope = () => {
  const sourceFile = ts.createSourceFile(SCOPE_FILE, ts.sys.readFile(SCOPE_FILE) ?? '', ts.ScriptTarget.Latest);
  return {
    globals: new Set(objectKeys(findInitializer(sourceFile, 'ALLOWED_GLOBALS'))),
    modules: new Set(objectKeys(findInitializer(sourceFile, 'ALLOWED_MODULES'))),
    withheldRemotion: new Set(setEntries(findInitializer(sourceFile, 'WITHHELD_REMOTION_EXPORTS'))),
  };
};

const scope = readSandboxScope();

/** Modules generated code may import. */
export const ALLOWED_MODULES: ReadonlySet<string> = scope.modules;

/** Globals generated code may name; anything else it does not declare itself is refused. */
export const ALLOWED_GLOBALS: ReadonlySet<string> = scope.globals;

/** Remotion exports a composition must not import: withheld at run time, or able to stall or escape a render. */
export const FORBIDDEN_REMOTION_EXPORTS: ReadonlyMap<string, string> = new Map([
  ...[...scope.withheldRemotion].map((name): [string, string] => [name, 'it is not available to generated code']),
  ['delayRender', 'a composition has nothing to wait for: its data arrives as props'],
  ['continueRender', 'a composition has nothing to wait for: its data arrives as props'],
  ['cancelRender', 'throwing an Error shows the error frame instead'],
  ['useDelayRender', 'a composition has nothing to wait for: its data arrives as props'],
  ['watchStaticFile', 'it watches files, which a render never needs'],
  ['getInputProps', 'the data arrives as the component props'],
  ['Config', 'it configures the CLI, not a composition'],
  ['Composition', 'DynamicVideo registers the composition'],
  ['Still', 'DynamicVideo registers the composition'],
  ['Folder', 'DynamicVideo registers the composition'],
]);

/**
 * Globals that may be passed around as values (`items.filter(Boolean)`, `values.map(Number)`). Every other
 * allowed global may only be called, constructed or have an allowed member read, so that it cannot be aliased
 * past the member checks (`const M = Math; M.random()`).
 */
export const VALUE_GLOBALS: ReadonlySet<string> = new Set([
  'Number',
  'String',
  'Boolean',
  'parseInt',
  'parseFloat',
  'isNaN',
  'isFinite',
  'undefined',
  'NaN',
  'Infinity',
]);

const MATH_MEMBERS = Object.getOwnPropertyNames(Math).filter((name) => name !== 'random');

/** The static members each allowed global may use; a global missing here has no restriction on members. */
export const GLOBAL_MEMBERS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    Math: MATH_MEMBERS,
    JSON: ['parse', 'stringify'],
    Object: ['keys', 'values', 'entries', 'fromEntries', 'assign', 'freeze', 'isFrozen', 'is', 'hasOwn', 'create'],
    Array: ['isArray', 'from', 'of'],
    Number: [
      'isFinite',
      'isInteger',
      'isNaN',
      'isSafeInteger',
      'parseFloat',
      'parseInt',
      'EPSILON',
      'MAX_SAFE_INTEGER',
      'MIN_SAFE_INTEGER',
      'MAX_VALUE',
      'MIN_VALUE',
      'POSITIVE_INFINITY',
      'NEGATIVE_INFINITY',
      'NaN',
    ],
    String: ['raw'],
    Boolean: [],
    Symbol: ['iterator'],
    Map: [],
    Set: [],
    Error: [],
    TypeError: [],
    RangeError: [],
    console: ['log', 'info', 'warn', 'error', 'debug'],
  }).map(([name, members]): [string, ReadonlySet<string>] => [name, new Set(members)]),
);

/** Property names that lead from any value to Function, the global object or shared prototypes. */
export const FORBIDDEN_MEMBERS: ReadonlyMap<string, { code: string; why: string }> = new Map([
  ['constructor', { code: 'constructor-access', why: 'reaching constructors leads to Function, which evaluates strings' }],
  ['__proto__', { code: 'proto-access', why: 'it reaches and rewrites shared prototypes' }],
  ['prototype', { code: 'prototype-access', why: 'changing shared prototypes (prototype pollution) is not allowed' }],
  ['caller', { code: 'caller-access', why: 'it walks up into code outside the composition' }],
  ['callee', { code: 'caller-access', why: 'it walks up into code outside the composition' }],
  ['arguments', { code: 'caller-access', why: 'it walks up into code outside the composition' }],
  ['ownerDocument', { code: 'dom-access', why: 'it reaches the page document; compositions draw only through JSX' }],
  ['defaultView', { code: 'dom-access', why: 'it reaches the page window; compositions draw only through JSX' }],
  ['contentWindow', { code: 'dom-access', why: 'it reaches another window' }],
  ['contentDocument', { code: 'dom-access', why: 'it reaches another document' }],
  ['getRootNode', { code: 'dom-access', why: 'it reaches the page document' }],
  ['innerHTML', { code: 'inner-html', why: 'raw HTML can load anything; write JSX instead' }],
  ['outerHTML', { code: 'inner-html', why: 'raw HTML can load anything; write JSX instead' }],
  ['insertAdjacentHTML', { code: 'inner-html', why: 'raw HTML can load anything; write JSX instead' }],
  ['srcdoc', { code: 'inner-html', why: 'raw HTML can load anything; write JSX instead' }],
  ['dangerouslySetInnerHTML', { code: 'inner-html', why: 'raw HTML can load anything; write JSX instead' }],
]);
