// The webpack changes every bundle needs (Studio, CLI and the engine):
// - generated code and the examples import the component library as '@ppr/components';
// - src/sandbox/lockdownEntry.ts is the first entry, before Remotion's own (which load React and Remotion), so
//   the page is locked down before any library runs (see src/sandbox/hardenPage.ts);
// - PPR_BENCH_WITHOUT_WALLS=1 (bench/sandbox.py's second engine only) builds the comparison bundle without the
//   walls (src/sandbox/benchMode.ts); engine/bundle.ts gives that bundle a hash of its own.
import path from 'node:path';
import { webpack, type WebpackOverrideFn } from '@remotion/bundler';

// Both the engine and the Remotion CLI run with remotion/ as the working directory.
const REMOTION_DIR = path.resolve(process.env.PPR_REMOTION_DIR ?? process.cwd());
const LIBRARY_ENTRY = path.join(REMOTION_DIR, 'src', 'library.ts');
const LOCKDOWN_ENTRY = path.join(REMOTION_DIR, 'src', 'sandbox', 'lockdownEntry.ts');

/** True in the bench's comparison engine only. */
export const benchWithoutWalls = (): boolean => process.env.PPR_BENCH_WITHOUT_WALLS === '1';

const entries = (entry: unknown): string[] => {
  if (!Array.isArray(entry) || !entry.every((item) => typeof item === 'string')) {
    throw new Error('webpack-override: Remotion\'s webpack entry is no longer a list of files; put lockdownEntry.ts first another way');
  }
  return entry;
};

export const webpackOverride: WebpackOverrideFn = (config) => ({
  ...config,
  entry: [LOCKDOWN_ENTRY, ...entries(config.entry).filter((item) => item !== LOCKDOWN_ENTRY)],
  plugins: [
    ...(config.plugins ?? []),
    ...(benchWithoutWalls() ? [new webpack.DefinePlugin({ __PPR_BENCH_WITHOUT_WALLS__: 'true' })] : []),
  ],
  resolve: {
    ...config.resolve,
    alias: {
      ...(config.resolve?.alias as Record<string, string> | undefined),
      '@ppr/components': LIBRARY_ENTRY,
    },
  },
});
