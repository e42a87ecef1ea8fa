import ts from 'typescript';
import { SyntaxKind as NativeKind, type Node as NativeNode } from 'typescript-native/unstable/ast';

/** Every name an enum gives each value (TypeScript's kinds have aliases such as FirstLiteralToken). */
const namesByValue = (enumObject: Record<string, string | number>): Map<number, Set<string>> => {
  const names = new Map<number, Set<string>>();
  for (const [name, value] of Object.entries(enumObject)) {
    if (typeof value === 'number') {
      (names.get(value) ?? names.set(value, new Set()).get(value)!).add(name);
    }
  }
  return names;
};

const KIND_NAMES = namesByValue(ts.SyntaxKind as unknown as Record<string, string | number>);
const NATIVE_KIND_NAMES = namesByValue(NativeKind as unknown as Record<string, string | number>);
const sameKindCache = new Map<string, boolean>();

/** Whether a TypeScript 6 kind and a TypeScript 7 kind (numbered differently) are the same syntax. */
const sameKind = (kind: ts.SyntaxKind, nativeKind: NativeKind): boolean => {
  const key = `${kind}:${nativeKind}`;
  let same = sameKindCache.get(key);
  if (same === undefined) {
    const nativeNames = NATIVE_KIND_NAMES.get(nativeKind) ?? new Set<string>();
    same = [...(KIND_NAMES.get(kind) ?? [])].some((name) => nativeNames.has(name));
    sameKindCache.set(key, same);
  }
  return same;
};

interface Spanned {
  pos: number;
  end: number;
}

const spanKey = (node: Spanned): string => `${node.pos}:${node.end}`;

const indexBySpan = <T extends Spanned>(root: T, forEachChild: (node: T, visit: (child: T) => void) => void): Map<string, T[]> => {
  const index = new Map<string, T[]>();
  const visit = (node: T): void => {
    const key = spanKey(node);
    (index.get(key) ?? index.set(key, []).get(key)!).push(node);
    forEachChild(node, visit);
  };
  visit(root);
  return index;
};

/**
 * Pairs the nodes of one text parsed twice: by TypeScript 6 (whose syntax tree the rules walk) and by the
 * native TypeScript 7 compiler (whose checker answers about it). Both keep the same positions; a node is its
 * span and kind, and among nodes sharing both (rare), its rank in document order.
 */
export class NodeMap {
  private readonly nodes: Map<string, ts.Node[]>;
  private readonly nativeNodes: Map<string, NativeNode[]>;

  constructor(sourceFile: ts.SourceFile, nativeSourceFile: NativeNode) {
    this.nodes = indexBySpan<ts.Node>(sourceFile, (node, visit) => {
      ts.forEachChild(node, visit);
    });
    this.nativeNodes = indexBySpan<NativeNode>(nativeSourceFile, (node, visit) => {
      node.forEachChild(visit);
    });
  }

  toNative(node: ts.Node): NativeNode {
    const twins = (this.nativeNodes.get(spanKey(node)) ?? []).filter((candidate) => sameKind(node.kind, candidate.kind));
    const peers = (this.nodes.get(spanKey(node)) ?? []).filter((peer) => peer.kind === node.kind);
    const twin = twins[peers.indexOf(node)];
    if (!twin) {
      throw new Error(`the native compiler has no ${ts.SyntaxKind[node.kind]} at ${node.pos}-${node.end} of the composition`);
    }
    return twin;
  }

  fromNative(nativeNode: NativeNode): ts.Node | null {
    const twins = (this.nodes.get(spanKey(nativeNode)) ?? []).filter((candidate) => sameKind(candidate.kind, nativeNode.kind));
    const peers = (this.nativeNodes.get(spanKey(nativeNode)) ?? []).filter((peer) => peer.kind === nativeNode.kind);
    return twins[peers.indexOf(nativeNode)] ?? null;
  }
}
