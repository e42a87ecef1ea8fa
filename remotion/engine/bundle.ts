import { bundle } from '@remotion/bundler';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { benchWithoutWalls, webpackOverride } from '../webpack-override';
import { BUNDLES_DIR, ENTRY_POINT, REMOTION_DIR, SRC_DIR } from './paths';

const BUNDLE_FORMAT_VERSION = '1';

const listFiles = (folder: string): string[] =>
  fs
    .readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(folder, entry.name);
      return entry.isDirectory() ? listFiles(full) : [full];
    })
    .sort();

/** Hash of everything that goes into the bundle: remotion/src and the locked package versions. */
export const sourceHash = (): string => {
  const hash = crypto.createHash('sha256').update(BUNDLE_FORMAT_VERSION);
  // bench/sandbox.py's comparison bundle (no walls) must never be served as the real one.
  if (benchWithoutWalls()) {
    hash.update('bench-without-walls');
  }
  const inputs = ['package-lock.json', 'webpack-override.ts'].map((name) => path.join(REMOTION_DIR, name));
  for (const file of [...listFiles(SRC_DIR), ...inputs]) {
    hash.update(path.relative(REMOTION_DIR, file)).update('\0').update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
};

export interface BundleInfo {
  serveUrl: string;
  hash: string;
  reused: boolean;
  ms: number;
}

/** Bundles remotion/src once per content hash; later calls and later processes reuse the folder. */
export const ensureBundle = async (): Promise<BundleInfo> => {
  const started = Date.now();
  const hash = sourceHash();
  const outDir = path.join(BUNDLES_DIR, hash);
  if (fs.existsSync(path.join(outDir, 'index.html'))) {
    return { serveUrl: outDir, hash, reused: true, ms: Date.now() - started };
  }
  const building = `${outDir}.building-${process.pid}`;
  fs.rmSync(building, { recursive: true, force: true });
  await bundle({
    entryPoint: ENTRY_POINT,
    outDir: building,
    enableCaching: true,
    webpackOverride,
  });
  try {
    fs.renameSync(building, outDir);
  } catch (error) {
    // Another process finished the same bundle first: use theirs.
    fs.rmSync(building, { recursive: true, force: true });
    if (!fs.existsSync(path.join(outDir, 'index.html'))) {
      throw error;
    }
  }
  return { serveUrl: outDir, hash, reused: false, ms: Date.now() - started };
};
