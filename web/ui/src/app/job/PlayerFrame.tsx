// The Player, inside a sandboxed iframe served by /player/{job_id}: the page never runs generated code itself. It
// hands the iframe the compiled code and props with postMessage and hears back when a frame is painted and
// whether the video plays.
import React, { useEffect, useRef } from 'react';
import { isFromPlayer, type FromPlayer, type PreviewInput, type ToPlayer } from '../../shared/playerMessages';

export const PlayerFrame: React.FC<{
  jobId: number;
  preview: PreviewInput;
  aspectClass: string;
  onMessage: (message: FromPlayer) => void;
}> = ({ jobId, preview, aspectClass, onMessage }) => {
  const frame = useRef<HTMLIFrameElement>(null);
  const latest = useRef({ preview, onMessage });
  latest.current = { preview, onMessage };

  useEffect(() => {
    const listen = (event: MessageEvent): void => {
      const target = frame.current?.contentWindow;
      if (!target || event.source !== target || !isFromPlayer(event.data)) return;
      if (event.data.type === 'booted') {
        // The iframe's origin is opaque: '*' is the only target origin that reaches it. What it gets is its own
        // input, nothing the creator's session could lose.
        target.postMessage({ type: 'load', preview: latest.current.preview } satisfies ToPlayer, '*');
      }
      latest.current.onMessage(event.data);
    };
    window.addEventListener('message', listen);
    return () => window.removeEventListener('message', listen);
  }, []);

  useEffect(() => {
    frame.current?.contentWindow?.postMessage({ type: 'load', preview } satisfies ToPlayer, '*');
  }, [preview]);

  return (
    <iframe
      ref={frame}
      className={`player-frame ${aspectClass}`}
      src={`/player/${jobId}`}
      title="Video preview player"
      sandbox="allow-scripts"
      allow="fullscreen; autoplay"
      allowFullScreen
      referrerPolicy="no-referrer"
    />
  );
};
