// The one webpack change every bundle needs (Studio, CLI and the engine): generated code and the examples import
// the component library as '@ppr/components'.
import path from 'node:path';
import type { WebpackOverrideFn } from '@remotion/bundler';

// Both the engine and the Remotion CLI run with remotion/ as the working directory.
const LIBRARY_ENTRY = path.resolve(process.env.PPR_REMOTION_DIR ?? process.cwd(), 'src', 'library.ts');

export const webpackOverride: WebpackOverrideFn = (config) => ({
  ...config,
  resolve: {
    ...config.resolve,
    alias: {
      ...(config.resolve?.alias as Record<string, string> | undefined),
      '@ppr/components': LIBRARY_ENTRY,
    },
  },
});
