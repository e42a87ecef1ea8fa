// The region labelled "Preview": the Player as soon as the composition has validated, the MP4 once it exists.
import React, { useState } from 'react';
import type { FromPlayer, PreviewInput } from '../../shared/playerMessages';
import { PlayerFrame } from './PlayerFrame';

type PlayerState = 'loading' | 'playing' | 'paused' | 'failed';

export const PreviewPanel: React.FC<{
  jobId: number;
  aspectClass: string;
  mp4: string | null;
  poster: string | null;
  preview: PreviewInput | null;
  previewError: string | null;
  waitingWords: string;
  /** No video is coming (the job failed): a line of text instead of an empty frame. */
  compact?: boolean;
}> = ({ jobId, aspectClass, mp4, poster, preview, previewError, waitingWords, compact = false }) => {
  const [player, setPlayer] = useState<{ state: PlayerState; frame: number; error: string }>({ state: 'loading', frame: 0, error: '' });
  const onMessage = (message: FromPlayer): void => {
    if (message.type === 'state') {
      setPlayer((current) => ({ ...current, state: message.playing ? 'playing' : 'paused', frame: message.frame }));
    } else if (message.type === 'painted') {
      performance.mark('ppr-preview-painted');
      setPlayer((current) => ({ ...current, state: current.state === 'loading' ? 'playing' : current.state, frame: message.frame }));
    } else if (message.type === 'error') {
      setPlayer((current) => ({ ...current, state: 'failed', error: message.message }));
    }
  };
  const state = mp4 ? 'video' : preview ? player.state : previewError ? 'failed' : 'waiting';
  return (
    <section role="region" aria-label="Preview" className="preview" data-preview-state={state} data-frame={player.frame}>
      {mp4 ? (
        <video className={`preview-video ${aspectClass}`} controls preload="metadata" src={mp4} poster={poster ?? undefined}>
          <track kind="captions" />
        </video>
      ) : preview ? (
        <>
          <PlayerFrame jobId={jobId} preview={preview} aspectClass={aspectClass} onMessage={onMessage} />
          <p className="preview-note" role="status">
            {player.state === 'failed'
              ? `The preview stopped: ${player.error}`
              : 'Live preview: this plays the video while the MP4 renders.'}
          </p>
        </>
      ) : (
        <div className={compact ? 'preview-waiting compact' : `preview-waiting ${aspectClass}`}>
          <p role="status">{previewError ?? waitingWords}</p>
        </div>
      )}
    </section>
  );
};
