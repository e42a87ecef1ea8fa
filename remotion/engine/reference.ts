import path from 'node:path';
import ts from 'typescript';
import { REMOTION_DIR, SRC_DIR } from './paths';

export interface PropReference {
  name: string;
  type: string;
  optional: boolean;
  doc: string;
}

export interface ExportReference {
  name: string;
  kind: 'component' | 'hook' | 'function' | 'constant' | 'type';
  doc: string;
  signature: string;
  props: PropReference[];
}

const LIBRARY = path.join(SRC_DIR, 'library.ts');

const docOf = (symbol: ts.Symbol, checker: ts.TypeChecker): string =>
  ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();

const typeText = (checker: ts.TypeChecker, type: ts.Type, at: ts.Node): string =>
  checker.typeToString(type, at, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType);

const propsOf = (checker: ts.TypeChecker, propsType: ts.Type, at: ts.Node): PropReference[] =>
  checker.getPropertiesOfType(propsType).map((property) => ({
    name: property.name,
    type: typeText(checker, checker.getTypeOfSymbolAtLocation(property, at), at).replace(/ \| undefined$/, ''),
    optional: (property.flags & ts.SymbolFlags.Optional) !== 0,
    doc: docOf(property, checker),
  }));

const isComponentName = (name: string): boolean => /^[A-Z]/.test(name);

/**
 * The component library as the agent sees it, read from the real exports and prop types of src/library.ts with
 * the TypeScript checker, so the reference in the prompt can never drift from the code.
 */
export const libraryReference = (): ExportReference[] => {
  const configPath = path.join(REMOTION_DIR, 'tsconfig.json');
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, REMOTION_DIR);
  const program = ts.createProgram([LIBRARY], { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(LIBRARY);
  if (!source) {
    throw new Error(`cannot read ${LIBRARY}`);
  }
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) {
    return [];
  }
  return checker.getExportsOfModule(moduleSymbol).map((exported): ExportReference => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0] ?? source;
    const name = exported.name;
    const doc = docOf(symbol, checker);
    if (!(symbol.flags & ts.SymbolFlags.Value)) {
      const declared = checker.getDeclaredTypeOfSymbol(symbol);
      const isObject = (declared.flags & ts.TypeFlags.Object) !== 0 || declared.isIntersection();
      return {
        name,
        kind: 'type',
        doc,
        signature: isObject ? '' : typeText(checker, declared, declaration),
        props: isObject ? propsOf(checker, declared, declaration) : [],
      };
    }
    const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
    const call = type.getCallSignatures()[0];
    if (!call) {
      return { name, kind: 'constant', doc, signature: typeText(checker, type, declaration), props: [] };
    }
    const firstParameter = call.getParameters()[0];
    if (isComponentName(name) && firstParameter) {
      const propsType = checker.getTypeOfSymbolAtLocation(firstParameter, declaration);
      return { name, kind: 'component', doc, signature: '', props: propsOf(checker, propsType, declaration) };
    }
    return {
      name,
      kind: name.startsWith('use') ? 'hook' : 'function',
      doc,
      signature: checker.signatureToString(call, declaration, ts.TypeFormatFlags.NoTruncation),
      props: [],
    };
  });
};
