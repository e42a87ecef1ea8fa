import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { REMOTION_DIR, SRC_DIR } from '../paths';

// Virtual files inside remotion/ so that node_modules resolution and the tsconfig path '@ppr/components' work.
export const COMPOSITION_FILE = path.join(REMOTION_DIR, 'generated', 'composition.tsx');
// Imports the composition's default export and assigns it to the component type DynamicVideo renders.
export const CONTRACT_FILE = path.join(REMOTION_DIR, 'generated', 'contract.ts');
const CONTRACT_SOURCE = [
  "import type { ComponentType } from 'react';",
  "import type { GeneratedVideoProps } from '@ppr/components';",
  "import Generated from './composition';",
  'export const generatedComponent: ComponentType<GeneratedVideoProps> = Generated;',
  '',
].join('\n');

const loadCompilerOptions = (): ts.CompilerOptions => {
  const configPath = path.join(REMOTION_DIR, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) {
    throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  }
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, REMOTION_DIR, undefined, configPath);
  // Generated code runs in a browser page: no Node globals (require, process, Buffer) in its type world.
  // JSX as esbuild compiles it (React.createElement), with React also a global of DynamicVideo's sandbox.
  return { ...options, types: [], noEmit: true, jsx: ts.JsxEmit.React, allowUmdGlobalAccess: true };
};

export interface CheckedComposition {
  sourceFile: ts.SourceFile;
  checker: ts.TypeChecker;
  /** Syntax and type diagnostics of the composition. */
  diagnostics: ts.Diagnostic[];
  /** Why the default export cannot be rendered as ComponentType<GeneratedVideoProps>, if it cannot. */
  contractDiagnostics: () => ts.Diagnostic[];
}

/**
 * One TypeScript LanguageService kept alive for the engine's lifetime. Library and node_modules files are
 * parsed once; each check replaces only the virtual composition file, so a check costs tens of milliseconds.
 */
export class TypeService {
  private readonly options = loadCompilerOptions();
  private compositionText = '';
  private compositionVersion = 0;
  private readonly snapshots = new Map<string, { version: string; snapshot: ts.IScriptSnapshot }>();
  private readonly service: ts.LanguageService;

  constructor() {
    const isVirtual = (fileName: string): boolean => fileName === COMPOSITION_FILE || fileName === CONTRACT_FILE;
    const virtualDir = path.dirname(COMPOSITION_FILE);
    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => this.options,
      getScriptFileNames: () => [COMPOSITION_FILE, CONTRACT_FILE],
      getScriptVersion: (fileName) => this.versionOf(fileName),
      getScriptSnapshot: (fileName) => this.snapshotOf(fileName),
      getCurrentDirectory: () => REMOTION_DIR,
      getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
      fileExists: (fileName) => isVirtual(fileName) || ts.sys.fileExists(fileName),
      readFile: (fileName) => (isVirtual(fileName) ? this.virtualText(fileName) : ts.sys.readFile(fileName)),
      directoryExists: (dir) => dir === virtualDir || ts.sys.directoryExists(dir),
      getDirectories: (dir) => ts.sys.getDirectories(dir),
      readDirectory: (...args) => ts.sys.readDirectory(...args),
    };
    this.service = ts.createLanguageService(host, ts.createDocumentRegistry());
  }

  private virtualText(fileName: string): string {
    return fileName === COMPOSITION_FILE ? this.compositionText : CONTRACT_SOURCE;
  }

  private versionOf(fileName: string): string {
    if (fileName === COMPOSITION_FILE) {
      return String(this.compositionVersion);
    }
    if (fileName === CONTRACT_FILE) {
      return '0';
    }
    // Our own library may be edited while the engine runs; node_modules and the TypeScript libs do not change.
    if (fileName.startsWith(SRC_DIR)) {
      try {
        return String(fs.statSync(fileName).mtimeMs);
      } catch {
        return 'missing';
      }
    }
    return '0';
  }

  private snapshotOf(fileName: string): ts.IScriptSnapshot | undefined {
    if (fileName === COMPOSITION_FILE || fileName === CONTRACT_FILE) {
      return ts.ScriptSnapshot.fromString(this.virtualText(fileName));
    }
    const version = this.versionOf(fileName);
    const cached = this.snapshots.get(fileName);
    if (cached && cached.version === version) {
      return cached.snapshot;
    }
    const text = ts.sys.readFile(fileName);
    if (text === undefined) {
      return undefined;
    }
    const snapshot = ts.ScriptSnapshot.fromString(text);
    this.snapshots.set(fileName, { version, snapshot });
    return snapshot;
  }

  /** Type-checks `code` as the composition; the checker stays valid until the next call. */
  check(code: string): CheckedComposition {
    this.compositionText = code;
    this.compositionVersion += 1;
    const program = this.service.getProgram();
    const sourceFile = program?.getSourceFile(COMPOSITION_FILE);
    if (!program || !sourceFile) {
      throw new Error('the TypeScript service lost the composition file');
    }
    const diagnostics = [
      ...this.service.getSyntacticDiagnostics(COMPOSITION_FILE),
      ...this.service.getSemanticDiagnostics(COMPOSITION_FILE),
    ];
    return {
      sourceFile,
      checker: program.getTypeChecker(),
      diagnostics,
      contractDiagnostics: () => this.service.getSemanticDiagnostics(CONTRACT_FILE),
    };
  }
}
