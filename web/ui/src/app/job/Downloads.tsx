import React, { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, request } from '../api';

const CAPTIONED = 'video-captioned.mp4';
const POLL_MS = 500;

type Captioned = { state: 'none' | 'rendering' | 'ready' | 'failed'; progress: number; error: string | null; url: string | null };

/** The MP4 with subtitles: a link when it exists, else a button that renders it on demand with a progress
 * bar, then becomes the link. A render already running (another tab, a reload) is picked up. */
const CaptionedDownload: React.FC<{ jobId: number; url: string | undefined }> = ({ jobId, url }) => {
  const [status, setStatus] = useState<Captioned | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<number | null>(null);
  const alive = useRef(true);
  const endpoint = `/api/videos/${jobId}/captioned`;

  const follow = useCallback(
    (found: Captioned) => {
      if (!alive.current) return;
      setStatus(found);
      if (found.state === 'failed') {
        setError(found.error ?? 'The MP4 with subtitles could not be rendered.');
      }
      if (found.state === 'rendering') {
        timer.current = window.setTimeout(() => {
          request<Captioned>('GET', endpoint).then(follow, (failure: unknown) =>
            setError(failure instanceof ApiError ? failure.message : String(failure)),
          );
        }, POLL_MS);
      }
    },
    [endpoint],
  );

  useEffect(() => {
    alive.current = true;
    setStatus(null);
    setError(null);
    if (!url) {
      request<Captioned>('GET', endpoint).then(follow, () => undefined);
    }
    return () => {
      alive.current = false;
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, [endpoint, url, follow]);

  const start = (): void => {
    setError(null);
    setStatus({ state: 'rendering', progress: 0, error: null, url: null });
    request<Captioned>('POST', endpoint).then(follow, (failure: unknown) => {
      setStatus(null);
      setError(failure instanceof ApiError ? failure.message : String(failure));
    });
  };

  const href = url ?? (status?.state === 'ready' ? status.url : null);
  if (href) {
    return (
      <a className="button" href={href} download>
        Download MP4 with subtitles
      </a>
    );
  }
  const rendering = status?.state === 'rendering';
  const percent = Math.round((status?.progress ?? 0) * 100);
  return (
    <div className="captioned">
      <button
        type="button"
        className={rendering ? 'button disabled' : 'button'}
        aria-disabled={rendering}
        onClick={rendering ? undefined : start}
        title="Renders the video again with the subtitles burned in"
      >
        Download MP4 with subtitles
      </button>
      {rendering ? (
        <span className="render-progress" role="status" data-captioned-progress={percent}>
          <progress max={100} value={percent} aria-label="Subtitles render progress" />
          Rendering with subtitles: {percent}%
        </span>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
};

export const Downloads: React.FC<{ jobId: number; files: Record<string, string> }> = ({ jobId, files }) => (
  <section aria-labelledby="downloads-title" className="card">
    <h2 id="downloads-title">Downloads</h2>
    <ul className="downloads">
      <li>
        <a className="button" href={files['video.mp4']} download>
          Download MP4
        </a>
      </li>
      <li>
        <CaptionedDownload jobId={jobId} url={files[CAPTIONED]} />
      </li>
      <li>
        {files['subtitles.srt'] ? (
          <a className="button" href={files['subtitles.srt']} download>
            Download SRT
          </a>
        ) : (
          <span className="button disabled" aria-disabled="true" title="This version has no voice-over, so no subtitles">
            Download SRT
          </span>
        )}
      </li>
    </ul>
    {!files[CAPTIONED] ? <p className="hint">The MP4 with subtitles is rendered when you ask for it.</p> : null}
  </section>
);
