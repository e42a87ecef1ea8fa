// Bundles the Studio's pages (app.js, app.css) and its sandboxed Player (player.js) into dist/, offline.
// The Player runs generated code with the renderer's own runtime (remotion/src: DynamicVideo, the component
// library, the SES realm). Bare imports from remotion/src resolve to this folder's node_modules, so the bundle
// holds one React and one Remotion, the versions pinned in package.json (the same as remotion/package.json).
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const UI_DIR = path.dirname(fileURLToPath(import.meta.url));
const REMOTION_DIR = path.resolve(UI_DIR, '../../remotion');
const DIST = path.join(UI_DIR, 'dist');

const sharedPackages = {
  name: 'shared-packages',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^@ppr\/components$/ }, () => ({ path: path.join(REMOTION_DIR, 'src/library.ts') }));
    esbuild.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.pluginData === 'shared' || !args.importer.startsWith(REMOTION_DIR + path.sep)) {
        return undefined;
      }
      return esbuild.resolve(args.path, { kind: args.kind, resolveDir: UI_DIR, pluginData: 'shared' });
    });
  },
};

const common = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'chrome120',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  plugins: [sharedPackages],
};

await rm(DIST, { recursive: true, force: true });
await mkdir(DIST, { recursive: true });
await Promise.all([
  build({ ...common, entryPoints: [path.join(UI_DIR, 'src/app/main.tsx')], outfile: path.join(DIST, 'app.js') }),
  build({ ...common, entryPoints: [path.join(UI_DIR, 'src/player/main.tsx')], outfile: path.join(DIST, 'player.js') }),
  copyFile(path.join(UI_DIR, 'src/app/app.css'), path.join(DIST, 'app.css')),
  copyFile(path.join(UI_DIR, 'src/app/favicon.svg'), path.join(DIST, 'favicon.svg')),
]);
