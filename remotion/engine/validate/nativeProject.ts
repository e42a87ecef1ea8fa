import path from 'node:path';
import { API, DiagnosticCategory, type Diagnostic as NativeDiagnostic, type Project, type Snapshot } from 'typescript-native/unstable/sync';
import { REMOTION_DIR } from '../paths';

// Virtual files inside remotion/ so that node_modules resolution and the tsconfig path '@ppr/components' work.
const GENERATED_DIR = path.join(REMOTION_DIR, 'generated');
export const COMPOSITION_FILE = path.join(GENERATED_DIR, 'composition.tsx');
const CONTRACT_FILE = path.join(GENERATED_DIR, 'contract.ts');
const CONFIG_FILE = path.join(GENERATED_DIR, 'tsconfig.json');

// Imports the composition's default export and assigns it to the component type DynamicVideo renders.
const CONTRACT_SOURCE = [
  "import type { ComponentType } from 'react';",
  "import type { GeneratedVideoProps } from '@ppr/components';",
  "import Generated from './composition';",
  'export const generatedComponent: ComponentType<GeneratedVideoProps> = Generated;',
  '',
].join('\n');

// The project's own compiler options, except that generated code runs in a browser page (no Node globals such
// as require, process or Buffer in its type world) and JSX compiles as esbuild compiles it (React.createElement,
// with React also a global of DynamicVideo's sandbox).
const CONFIG_SOURCE = JSON.stringify({
  extends: '../tsconfig.json',
  compilerOptions: { types: [], noEmit: true, jsx: 'react', allowUmdGlobalAccess: true },
  files: ['composition.tsx', 'contract.ts'],
  include: [],
});

/**
 * TypeScript 7's native compiler kept running for the engine's lifetime, reached through its synchronous API.
 * Library and node_modules files are parsed once; each update replaces only the virtual composition file. The
 * project's TypeScript 6 stays the compiler of remotion/ itself (`npm run typecheck`).
 */
export class NativeProject {
  private compositionText = '';
  private readonly api: API;
  private snapshot: Snapshot;

  constructor() {
    const virtual = new Map<string, () => string>([
      [COMPOSITION_FILE, () => this.compositionText],
      [CONTRACT_FILE, () => CONTRACT_SOURCE],
      [CONFIG_FILE, () => CONFIG_SOURCE],
    ]);
    this.api = new API({
      cwd: REMOTION_DIR,
      fs: {
        readFile: (fileName) => virtual.get(fileName)?.(),
        fileExists: (fileName) => (virtual.has(fileName) ? true : undefined),
        directoryExists: (dir) => (dir === GENERATED_DIR ? true : undefined),
        getAccessibleEntries: (dir) =>
          dir === GENERATED_DIR ? { files: [...virtual.keys()].map((file) => path.basename(file)), directories: [] } : undefined,
      },
    });
    this.snapshot = this.api.updateSnapshot({ openProject: CONFIG_FILE });
  }

  /** The project with `code` as the composition; it stays valid until the next call. */
  update(code: string): Project {
    this.compositionText = code;
    this.snapshot.dispose();
    this.snapshot = this.api.updateSnapshot({ fileChanges: { changed: [COMPOSITION_FILE] } });
    // The client may keep the previous tree of the composition (it did when two checks had different texts);
    // only the composition's tree is ever fetched, so dropping the cache costs nothing.
    this.api.clearSourceFileCache();
    const project = this.snapshot.getProject(CONFIG_FILE);
    if (!project) {
      throw new Error('the native TypeScript service lost the composition project');
    }
    return project;
  }

  /** Syntax and type diagnostics of the composition, and why its default export breaks the contract, if it does. */
  check(code: string): TypeCheck {
    const { program } = this.update(code);
    return {
      diagnostics: [...program.getSyntacticDiagnostics(COMPOSITION_FILE), ...program.getSemanticDiagnostics(COMPOSITION_FILE)].map(plain),
      contract: program.getSemanticDiagnostics(CONTRACT_FILE).map(plain),
    };
  }

  close(): void {
    try {
      this.api.close();
    } catch {
      // Already gone: closing is only about not leaving the compiler process behind.
    }
  }
}

/** A compiler diagnostic as the checks use it (and as it crosses from the type-check worker). */
export interface TypeDiagnostic {
  code: number;
  error: boolean;
  /** Where it starts in the composition. */
  pos: number;
  /** The message with its chain of reasons, on one line. */
  message: string;
}

export interface TypeCheck {
  diagnostics: TypeDiagnostic[];
  /** Diagnostics of assigning the default export to ComponentType<GeneratedVideoProps>. */
  contract: TypeDiagnostic[];
}

const flattenMessage = (diagnostic: NativeDiagnostic): string =>
  [diagnostic.text, ...(diagnostic.messageChain ?? []).map(flattenMessage)].join(' ');

const plain = (diagnostic: NativeDiagnostic): TypeDiagnostic => ({
  code: diagnostic.code,
  error: diagnostic.category === DiagnosticCategory.Error,
  pos: diagnostic.pos,
  message: flattenMessage(diagnostic),
});
