// The still-check page: one @remotion/player running DynamicVideo at the composition's own size (scale 1),
// driven by agent/stills through window.pprPreview.
// First, before React and Remotion load: lock the page down (ES modules run in import order).
import '../src/sandbox/lockdownEntry';
import { Player, type PlayerRef } from '@remotion/player';
import React, { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { RenderErrorBoundary } from '../src/sandbox/RenderErrorBoundary';
import { FPS } from '../src/theme';
import { PREVIEW_COMPOSITIONS, type PreviewLoad } from './compositions';
import { FontAvailability } from './fontFamilies';
import type { FrameReport } from './frameReport';
import { fingerprintFrames, type FrameFingerprints } from './fingerprint';
import { inspectFrame } from './inspectFrame';
import { PageErrorLog } from './pageErrors';
import { imagesSettled, nextAnimationFrame, twoAnimationFrames, waitUntil } from './settle';

type PreviewState = 'booting' | 'idle' | 'loading' | 'ready';

export type PprPreview = {
  state: PreviewState;
  /** Mounts a fresh player showing the composition; resolves when it can seek. */
  load: (request: PreviewLoad) => Promise<void>;
  /** Seeks to `frame`, waits until it is settled, and reports what is on it. */
  frame: (frame: number, options?: { frameTimeoutMs?: number; imageTimeoutMs?: number }) => Promise<FrameReport>;
  /**
   * A hash of every frame of the composition as a render will paint it (see fingerprint.ts), chunk by chunk:
   * each chunk of `chunkFrames` starts on a freshly mounted player, as a render of that chunk alone would.
   * `assetOrigins` are left out of the hashes (see fingerprint.ts).
   */
  fingerprints: (request: PreviewLoad, chunkFrames: number, assetOrigins: string[]) => Promise<FrameFingerprints>;
  /** Errors collected since the last call (load-time errors, mostly). */
  drainErrors: () => FrameReport['errors'];
};

declare global {
  interface Window {
    pprPreview: PprPreview;
  }
}

type Mounted = { request: PreviewLoad; key: number; onReady: () => void };

let player: PlayerRef | null = null;
let requestedFrame: number | null = null;
let mount: (next: Mounted) => void = () => undefined;
const errors = new PageErrorLog(() => requestedFrame);
const fonts = new FontAvailability();

const Preview: React.FC = () => {
  const [mounted, setMounted] = useState<Mounted | null>(null);
  const ref = useRef<PlayerRef>(null);
  mount = setMounted;
  useEffect(() => {
    window.pprPreview.state = 'idle';
  }, []);
  useEffect(() => {
    if (mounted && ref.current) {
      player = ref.current;
      mounted.onReady();
    }
  }, [mounted]);
  if (!mounted) {
    return null;
  }
  const { request, key } = mounted;
  return (
    <Player
      key={key}
      ref={ref}
      component={PREVIEW_COMPOSITIONS[request.composition]}
      inputProps={request.inputProps}
      durationInFrames={request.durationInFrames}
      compositionWidth={request.width}
      compositionHeight={request.height}
      fps={FPS}
      controls={false}
      clickToPlay={false}
      spaceKeyToPlayOrPause={false}
      numberOfSharedAudioTags={0}
      initiallyMuted
      acknowledgeRemotionLicense
      style={{ width: request.width, height: request.height }}
    />
  );
};

let loads = 0;

const load = (request: PreviewLoad): Promise<void> =>
  new Promise((resolve, reject) => {
    if (!(request.composition in PREVIEW_COMPOSITIONS)) {
      reject(new Error(`unknown composition "${request.composition}"`));
      return;
    }
    window.pprPreview.state = 'loading';
    player = null;
    requestedFrame = null;
    // Stills never play sound: the voice-over would only cost a request.
    const inputProps = { ...request.inputProps, audioUrl: null };
    mount({
      request: { ...request, inputProps },
      key: ++loads,
      onReady: () => {
        window.pprPreview.state = 'ready';
        resolve();
      },
    });
  });

const frame: PprPreview['frame'] = async (target, options = {}) => {
  const { frameTimeoutMs = 10_000, imageTimeoutMs = 3_000 } = options;
  const current = player;
  const root = current?.getContainerNode();
  if (!current || !root) {
    throw new Error('no composition is loaded: call load(props) first');
  }
  const started = performance.now();
  requestedFrame = target;
  current.seekTo(target);
  await waitUntil(() => current.getCurrentFrame() === target, frameTimeoutMs, `frame ${target}`);
  // One frame for React to commit the seek (images appear then), two more after loading for the paint.
  await nextAnimationFrame();
  await document.fonts.ready;
  await imagesSettled(root, imageTimeoutMs);
  await twoAnimationFrames();
  const settled = performance.now();
  const { width, height } = root.getBoundingClientRect();
  const report = inspectFrame(root, fonts, target, Math.round(width), Math.round(height));
  return {
    ...report,
    errors: errors.drain(),
    settleMs: Math.round(settled - started),
    inspectMs: Math.round(performance.now() - settled),
  };
};

const fingerprints: PprPreview['fingerprints'] = async (request, chunkFrames, assetOrigins) => {
  const started = performance.now();
  const hashes: string[] = [];
  const opaqueElements = new Set<string>();
  for (let first = 0; first < request.durationInFrames; first += chunkFrames) {
    await load(request);
    const current = player;
    const root = current?.getContainerNode();
    if (!current || !root) {
      throw new Error('the composition did not mount');
    }
    const last = Math.min(first + chunkFrames, request.durationInFrames) - 1;
    const chunk = await fingerprintFrames(current, root, first, last, assetOrigins);
    hashes.push(...chunk.hashes);
    chunk.opaqueElements.forEach((tag) => opaqueElements.add(tag));
  }
  return { hashes, opaqueElements: [...opaqueElements].sort(), ms: Math.round(performance.now() - started) };
};

errors.install();
window.pprPreview = { state: 'booting', load, frame, fingerprints, drainErrors: () => errors.drain() };

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no #root');
}
createRoot(container, {
  // DynamicVideo's boundary already reported these as PPR_RENDER_ERROR; anything else is an exception.
  onCaughtError: (error, info) => {
    if (!(info.errorBoundary instanceof RenderErrorBoundary)) {
      errors.recordException(error);
    }
  },
  onUncaughtError: (error) => errors.recordException(error),
}).render(<Preview />);
