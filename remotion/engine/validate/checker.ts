import type ts from 'typescript';

/** Where a symbol is declared: a node of the composition, or a file elsewhere (a library's declarations). */
export interface SymbolDeclaration {
  fileName: string;
  /** The declaring node when it is in the composition. */
  node: ts.Node | null;
}

export interface CheckedSymbol {
  readonly name: string;
  readonly declarations: readonly SymbolDeclaration[];
}

/** What the rules ask of a type. Flags use TypeScript 6's numbering (`ts.TypeFlags`). */
export interface CheckedType {
  readonly flags: ts.TypeFlags;
  /** The value of a string, number or boolean literal type. */
  readonly literal: string | number | boolean | undefined;
  /** The members of a union, or the type itself. */
  members(): readonly CheckedType[];
  isCallable(): boolean;
  /** Whether it has a construct signature (a class, or a constructor such as `typeof Object`). */
  isConstructable(): boolean;
  /** What its construct signatures return (an instance type per signature). */
  constructedTypes(): readonly CheckedType[];
  /** The value type of a `[key: string]` index signature. */
  stringIndexType(): CheckedType | undefined;
  property(name: string): CheckedSymbol | undefined;
  properties(): readonly CheckedSymbol[];
}

/**
 * The type checker's answers about nodes of the composition (parsed with TypeScript 6). The same node always
 * gets the same symbol object, so symbols can be compared with ===.
 */
export interface Checker {
  typeAt(node: ts.Node): CheckedType;
  symbolAt(node: ts.Node): CheckedSymbol | undefined;
  shorthandValueSymbol(node: ts.ShorthandPropertyAssignment): CheckedSymbol | undefined;
}
