// Bundles the Studio's pages (app.js, app.css) and its sandboxed Player (player.js) into dist/, offline.
// The Player runs generated code with the renderer's own runtime (remotion/src: DynamicVideo, the component
// library, the SES realm). Bare imports from remotion/src resolve to this folder's node_modules, so the bundle
// holds one React and one Remotion, the versions pinned in package.json (the same as remotion/package.json).
import { build } from 'esbuild';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const UI_DIR = path.dirname(fileURLToPath(import.meta.url));
const REMOTION_DIR = path.resolve(UI_DIR, '../../remotion');
const DIST = path.join(UI_DIR, 'dist');
// Built beside dist/ and swapped in, so a running server never serves half a build.
const BUILDING = path.join(UI_DIR, `dist.building-${process.pid}`);

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

await rm(BUILDING, { recursive: true, force: true });
await mkdir(BUILDING, { recursive: true });
await Promise.all([
  build({ ...common, entryPoints: [path.join(UI_DIR, 'src/app/main.tsx')], outfile: path.join(BUILDING, 'app.js') }),
  build({ ...common, entryPoints: [path.join(UI_DIR, 'src/player/main.tsx')], outfile: path.join(BUILDING, 'player.js') }),
  copyFile(path.join(UI_DIR, 'src/app/app.css'), path.join(BUILDING, 'app.css')),
  copyFile(path.join(UI_DIR, 'src/app/favicon.svg'), path.join(BUILDING, 'favicon.svg')),
]);
const previous = `${DIST}.previous-${process.pid}`;
await rename(DIST, previous).catch(() => undefined);
await rename(BUILDING, DIST);
await rm(previous, { recursive: true, force: true });
