import ts from 'typescript';
import {
  SignatureKind,
  TypeFlags as NativeTypeFlags,
  type NodeHandle,
  type Project,
  type Symbol as NativeSymbol,
  type Type as NativeType,
} from 'typescript-native/unstable/sync';
import { ALLOWED_GLOBALS } from './allowlists';
import type { Checker, CheckedSymbol, CheckedType, SymbolDeclaration } from './checker';
import { COMPOSITION_FILE } from './nativeProject';
import { NodeMap } from './nodeMap';
import { isValueReference } from './security/references';
import { chainRoot } from './symbols';

/** TypeScript 7 numbers type flags differently: translate each single-bit flag by its name. */
const FLAG_TRANSLATION: [number, ts.TypeFlags][] = Object.entries(NativeTypeFlags).flatMap(([name, value]) => {
  const own = (ts.TypeFlags as unknown as Record<string, number>)[name];
  const singleBit = typeof value === 'number' && value > 0 && (value & (value - 1)) === 0;
  return singleBit && own !== undefined ? [[value, own as ts.TypeFlags] as [number, ts.TypeFlags]] : [];
});

const translateFlags = (native: number): ts.TypeFlags =>
  FLAG_TRANSLATION.reduce((flags, [bit, own]) => (native & bit ? flags | own : flags), 0 as ts.TypeFlags);

const literalOf = (type: NativeType): string | number | boolean | undefined =>
  type.isStringLiteralType() || type.isNumberLiteralType() || type.isBooleanLiteralType() ? type.value : undefined;

/**
 * The native (TypeScript 7) checker's answers about nodes of the TypeScript 6 tree the rules walk. What the rules
 * are almost sure to ask is fetched up front in two round trips (see collectLikelyQueried); anything else is asked
 * for when a rule needs it, and every answer is kept for the rest of the check.
 */
export class NativeChecker implements Checker {
  private readonly nodeMap: NodeMap;
  private readonly symbols = new Map<ts.Node, CheckedSymbol | undefined>();
  private readonly shorthandSymbols = new Map<ts.Node, CheckedSymbol | undefined>();
  private readonly wrappedSymbols = new Map<number, CheckedSymbol>();
  private readonly types = new Map<ts.Node, CheckedType>();
  private readonly wrappedTypes = new Map<number, CheckedType>();

  constructor(
    private readonly project: Project,
    sourceFile: ts.SourceFile,
  ) {
    const nativeSourceFile = project.program.getSourceFile(COMPOSITION_FILE);
    if (!nativeSourceFile) {
      throw new Error('the native compiler has no composition file');
    }
    this.nodeMap = new NodeMap(sourceFile, nativeSourceFile);
    const likelyQueried = collectLikelyQueried(sourceFile);
    this.prefetchSymbols(likelyQueried.identifiers);
    this.prefetchTypes(likelyQueried.typed);
  }

  typeAt(node: ts.Node): CheckedType {
    let type = this.types.get(node);
    if (!type) {
      type = this.wrapType(this.project.checker.getTypeAtLocation(this.nodeMap.toNative(node)), node);
      this.types.set(node, type);
    }
    return type;
  }

  symbolAt(node: ts.Node): CheckedSymbol | undefined {
    if (!this.symbols.has(node)) {
      this.symbols.set(node, this.wrapSymbol(this.project.checker.getSymbolAtLocation(this.nodeMap.toNative(node))));
    }
    return this.symbols.get(node);
  }

  shorthandValueSymbol(node: ts.ShorthandPropertyAssignment): CheckedSymbol | undefined {
    if (!this.shorthandSymbols.has(node)) {
      const symbol = this.project.checker.getShorthandAssignmentValueSymbol(this.nodeMap.toNative(node));
      this.shorthandSymbols.set(node, this.wrapSymbol(symbol));
    }
    return this.shorthandSymbols.get(node);
  }

  private prefetchSymbols(identifiers: ts.Identifier[]): void {
    const found = this.project.checker.getSymbolAtLocation(identifiers.map((identifier) => this.nodeMap.toNative(identifier)));
    identifiers.forEach((identifier, i) => this.symbols.set(identifier, this.wrapSymbol(found[i])));
  }

  /**
   * Every use of an import or of a function declaration has the declaration's type (nothing narrows them), so
   * one use of each is asked about (a composition uses each component many times).
   */
  private prefetchTypes(nodes: ts.Node[]): void {
    const firstUse = new Map<CheckedSymbol, ts.Node>();
    const asked: ts.Node[] = [];
    const sameAs: [ts.Node, ts.Node][] = [];
    for (const node of nodes) {
      const symbol = ts.isIdentifier(node) ? this.symbols.get(node) : undefined;
      const first = symbol && hasFixedType(symbol) ? firstUse.get(symbol) : undefined;
      if (first) {
        sameAs.push([node, first]);
        continue;
      }
      if (symbol && hasFixedType(symbol)) {
        firstUse.set(symbol, node);
      }
      asked.push(node);
    }
    const found = this.project.checker.getTypeAtLocation(asked.map((node) => this.nodeMap.toNative(node)));
    asked.forEach((node, i) => this.types.set(node, this.wrapType(found[i], node)));
    sameAs.forEach(([node, first]) => this.types.set(node, this.types.get(first)!));
  }

  private wrapType(type: NativeType | undefined, at: ts.Node): CheckedType {
    if (!type) {
      throw new Error(`the native checker has no type for ${ts.SyntaxKind[at.kind]} at ${at.pos}-${at.end}`);
    }
    const known = this.wrappedTypes.get(type.id);
    if (known) {
      return known;
    }
    const { checker } = this.project;
    const wrap = (inner: NativeType): CheckedType => this.wrapType(inner, at);
    // Each answer is asked for once per type: the rules ask the same questions of many nodes.
    const once = <T>(compute: () => T): (() => T) => {
      let answer: { value: T } | undefined;
      return () => (answer ??= { value: compute() }).value;
    };
    const properties = new Map<string, CheckedSymbol | undefined>();
    const wrapped: CheckedType = {
      flags: translateFlags(type.flags),
      literal: literalOf(type),
      members: once(() => (type.isUnionType() ? type.getTypes().map(wrap) : [wrapped])),
      isCallable: once(() => checker.getSignaturesOfType(type, SignatureKind.Call).length > 0),
      isConstructable: once(() => checker.getSignaturesOfType(type, SignatureKind.Construct).length > 0),
      constructedTypes: once(() =>
        checker.getSignaturesOfType(type, SignatureKind.Construct).flatMap((signature) => {
          const instance = checker.getReturnTypeOfSignature(signature);
          return instance ? [wrap(instance)] : [];
        }),
      ),
      stringIndexType: once(() => {
        const info = checker.getIndexInfosOfType(type).find((index) => index.keyType.flags & NativeTypeFlags.String);
        return info ? wrap(info.valueType) : undefined;
      }),
      property: (name) => {
        if (!properties.has(name)) {
          properties.set(name, this.wrapSymbol(checker.getPropertyOfType(type, name)));
        }
        return properties.get(name);
      },
      properties: once(() => checker.getPropertiesOfType(type).map((symbol) => this.wrapSymbol(symbol)!)),
    };
    this.wrappedTypes.set(type.id, wrapped);
    return wrapped;
  }

  private wrapSymbol(symbol: NativeSymbol | undefined): CheckedSymbol | undefined {
    if (!symbol) {
      return undefined;
    }
    let wrapped = this.wrappedSymbols.get(symbol.id);
    if (!wrapped) {
      let declarations: SymbolDeclaration[] | undefined;
      const declarationsOf = (): SymbolDeclaration[] =>
        (declarations ??= symbol.declarations.map((handle) => this.declarationOf(handle)));
      wrapped = {
        name: symbol.name,
        get declarations() {
          return declarationsOf();
        },
      };
      this.wrappedSymbols.set(symbol.id, wrapped);
    }
    return wrapped;
  }

  private declarationOf(handle: NodeHandle): SymbolDeclaration {
    if (handle.path !== COMPOSITION_FILE) {
      return { fileName: handle.path, node: null };
    }
    const nativeNode = handle.resolve(this.project);
    return { fileName: handle.path, node: nativeNode ? this.nodeMap.fromNative(nativeNode) : null };
  }
}

const hasFixedType = (symbol: CheckedSymbol): boolean =>
  symbol.declarations.length > 0 &&
  symbol.declarations.every(
    ({ node }) =>
      node !== null &&
      (ts.isImportSpecifier(node) || ts.isImportClause(node) || ts.isNamespaceImport(node) || ts.isFunctionDeclaration(node)),
  );

/**
 * What the rules will almost surely ask about, so that it takes two round trips instead of hundreds: the symbols
 * of identifiers used as values outside types, and the types of JSX tags that name components, of `table[key]`
 * and both its sides, of destructuring patterns and of calls on globals.
 */
const collectLikelyQueried = (sourceFile: ts.SourceFile): { identifiers: ts.Identifier[]; typed: ts.Node[] } => {
  const identifiers: ts.Identifier[] = [];
  const typed: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) {
      return;
    }
    if (ts.isIdentifier(node)) {
      if (isValueReference(node)) {
        identifiers.push(node);
      }
    } else if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      if (!ts.isIdentifier(node.tagName) || !/^[a-z]/.test(node.tagName.text)) {
        typed.push(node.tagName);
      }
    } else if (ts.isElementAccessExpression(node)) {
      typed.push(node, node.expression, node.argumentExpression);
    } else if (ts.isObjectBindingPattern(node) || (ts.isCallExpression(node) && isGlobalCall(node))) {
      typed.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { identifiers, typed };
};

/** `Math.min(...)`, `JSON.parse(...)`: a call on a global whose result may be `any`. */
const isGlobalCall = (call: ts.CallExpression): boolean => {
  const root = chainRoot(call.expression);
  return ts.isIdentifier(root) && ALLOWED_GLOBALS.has(root.text);
};
