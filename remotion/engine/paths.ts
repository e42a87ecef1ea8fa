import path from 'node:path';

// The engine is built to remotion/.cache/engine/main.cjs; everything else is found from remotion/.
export const REMOTION_DIR = path.resolve(process.env.PPR_REMOTION_DIR ?? path.join(__dirname, '..', '..'));
export const SRC_DIR = path.join(REMOTION_DIR, 'src');
export const ENTRY_POINT = path.join(SRC_DIR, 'index.ts');
export const CACHE_DIR = path.join(REMOTION_DIR, '.cache');
export const BUNDLES_DIR = path.join(CACHE_DIR, 'bundles');
export const SANDBOXED_CHROMIUM = path.join(REMOTION_DIR, 'engine', 'chromium-sandboxed.sh');
export const SYSTEM_CHROMIUM = process.env.PPR_CHROMIUM ?? '/usr/bin/chromium';
