// The Studio's Player: the document of a sandboxed iframe (sandbox="allow-scripts", so an opaque origin: no
// cookies, no storage, no API; its CSP allows no connections and media only from this job's asset URLs). It runs
// generated code exactly as the renderer does: the page is locked down first (SES), then DynamicVideo evaluates
// the code in a Compartment whose media components refuse anything but the job's assets (walls 2 and 3).
import '../../../../remotion/src/sandbox/lockdownEntry';
import { Player, type PlayerRef } from '@remotion/player';
import React, { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DynamicVideo } from '../../../../remotion/src/DynamicVideo';
import type { DynamicVideoProps } from '../../../../remotion/src/types';
import type { FromPlayer, PreviewInput, ToPlayer } from '../shared/playerMessages';
import { assetUrls } from './assetUrls';

const meta = (name: string): string => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
// The page that embeds this Player (the only sender it listens to) and where its assets are served without a
// cookie (the server sets both when it serves this document).
const PAGE_ORIGIN = meta('ppr-page-origin');
const ASSET_BASE = meta('ppr-asset-base');

const tell = (message: FromPlayer): void => window.parent.postMessage(message, PAGE_ORIGIN || '*');

type Loaded = { preview: PreviewInput; key: number };

const Preview: React.FC = () => {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const ref = useRef<PlayerRef>(null);

  useEffect(() => {
    let loads = 0;
    const onMessage = (event: MessageEvent<ToPlayer>): void => {
      if (event.source !== window.parent || (PAGE_ORIGIN && event.origin !== PAGE_ORIGIN)) {
        return;
      }
      if (event.data?.type === 'load') {
        setLoaded({ preview: event.data.preview, key: ++loads });
      }
    };
    window.addEventListener('message', onMessage);
    tell({ type: 'booted' });
    return () => window.removeEventListener('message', onMessage);
  }, []);

  useEffect(() => {
    const player = ref.current;
    if (!loaded || !player) {
      return undefined;
    }
    const report = (): void => tell({ type: 'state', playing: player.isPlaying(), frame: player.getCurrentFrame() });
    let painted = false;
    const onFrame = (): void => {
      if (!painted) {
        painted = true;
        requestAnimationFrame(() => requestAnimationFrame(() => tell({ type: 'painted', frame: player.getCurrentFrame() })));
      }
    };
    player.addEventListener('frameupdate', onFrame);
    player.addEventListener('play', report);
    player.addEventListener('pause', report);
    player.addEventListener('error', (event) => tell({ type: 'error', message: event.detail.error.message }));
    const timer = window.setInterval(report, 500);
    player.play();
    onFrame();
    return () => {
      window.clearInterval(timer);
      player.removeEventListener('frameupdate', onFrame);
      player.removeEventListener('play', report);
      player.removeEventListener('pause', report);
    };
  }, [loaded]);

  if (!loaded) {
    return null;
  }
  const { preview, key } = loaded;
  const inputProps = { ...assetUrls(preview.props, ASSET_BASE), code: preview.code } as DynamicVideoProps;
  return (
    <Player
      key={key}
      ref={ref}
      component={DynamicVideo}
      inputProps={inputProps}
      durationInFrames={preview.durationInFrames}
      compositionWidth={preview.width}
      compositionHeight={preview.height}
      fps={preview.fps}
      controls
      allowFullscreen
      loop
      initiallyMuted
      // Shared audio tags start from a silent data: URL, which the iframe's CSP refuses (media comes only from
      // the job's assets); without them each <Audio> has its own tag.
      numberOfSharedAudioTags={0}
      clickToPlay
      acknowledgeRemotionLicense
      style={{ width: '100%', height: '100%' }}
    />
  );
};

const container = document.getElementById('root');
if (!container) {
  throw new Error('player.html has no #root');
}
createRoot(container, {
  onUncaughtError: (error) => tell({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
}).render(<Preview />);
