// A video's page: live steps, the Preview, then the MP4, downloads, captions, the script, the refine chat, the
// version history and scheduling. Another creator's job (or none) is a 404 page.
import React, { useEffect, useState } from 'react';
import type { PreviewInput } from '../../shared/playerMessages';
import { api, ApiError, type Captions } from '../api';
import { aspectClass, statusWords } from '../format';
import { NotFoundPage } from '../NotFoundPage';
import { useLoad } from '../useLoad';
import { Downloads } from './Downloads';
import { FailurePanel } from './FailurePanel';
import { PreviewPanel } from './PreviewPanel';
import { RefineChat, type Turn } from './RefineChat';
import { SchedulePost } from './SchedulePost';
import { ScriptNotes } from './ScriptNotes';
import { ShareCopy } from './ShareCopy';
import { StepList } from './StepList';
import { streamIsStale, streamOfVideo, useJobStream } from './useJobStream';
import { VersionHistory, versionName } from './VersionHistory';

export const JobPage: React.FC<{ jobId: number }> = ({ jobId }) => {
  const video = useLoad(() => api.video(jobId), [jobId]);
  const liveStream = useJobStream(jobId, video.data !== null);
  const stale = streamIsStale(liveStream, video.data);
  const stream = stale && video.data ? streamOfVideo(video.data) : liveStream;
  const details = useLoad(() => api.details(jobId), [jobId]);
  const thread = useLoad(async () => {
    const versions = await api.versions(jobId);
    const turns = await Promise.all(
      versions
        .filter((version) => version.version > 1)
        .map(async (version): Promise<Turn> => {
          const asked = await api.details(version.job_id);
          return { jobId: version.job_id, feedback: asked.feedback ?? '', change: versionName(version), status: version.status };
        }),
    );
    return { versions, turns };
  }, [jobId]);
  const posts = useLoad(async () => (await api.posts()).filter((post) => post.job_id === jobId), [jobId]);
  const [preview, setPreview] = useState<PreviewInput | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [captions, setCaptions] = useState<Captions | null>(null);

  const { reload: reloadVideo } = video;
  const { reload: reloadDetails } = details;
  const { reload: reloadThread } = thread;
  useEffect(() => {
    if (stream.finishedAt) {
      reloadVideo();
      reloadDetails();
      reloadThread();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stream.finishedAt]);

  useEffect(() => {
    // The script is written by the time the composition validates.
    if (stream.previewReady) reloadDetails();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stream.previewReady]);

  const polling = stale && stream.status !== 'completed' && stream.status !== 'failed';
  useEffect(() => {
    if (!polling) return undefined;
    const timer = window.setInterval(reloadVideo, 1500);
    return () => window.clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [polling]);

  const files = video.data?.files ?? {};
  const mp4 = files['video.mp4'] ?? null;
  useEffect(() => {
    if (!stream.previewReady || mp4 || preview) return;
    api.json<PreviewInput>(`/api/videos/${jobId}/preview`).then(setPreview, (caught: unknown) =>
      setPreviewError(caught instanceof Error ? `The preview could not be loaded: ${caught.message}` : 'The preview could not be loaded.'),
    );
  }, [stream.previewReady, mp4, preview, jobId]);

  const captionsUrl = files['captions.json'];
  useEffect(() => {
    if (captionsUrl) api.json<Captions>(captionsUrl).then(setCaptions, () => setCaptions(null));
  }, [captionsUrl]);

  if (video.error instanceof ApiError && video.error.status === 404) {
    return <NotFoundPage what="video" />;
  }
  if (video.error && !video.data) {
    return (
      <p role="alert" className="error">
        This video could not be loaded: {video.error.message}
      </p>
    );
  }
  if (!video.data) {
    return (
      <p role="status" className="loading">
        Loading the video…
      </p>
    );
  }
  const job = video.data;
  const status = stream.status === 'queued' && job.status !== 'queued' ? job.status : stream.status;
  const failed = stream.error ?? (job.status === 'failed' ? (job.error ?? 'The video could not be made.') : null);
  const aspect = aspectClass(details.data?.aspect ?? '9:16');
  const done = job.status === 'completed';
  return (
    <article className="job" aria-labelledby="job-title">
      <header className="job-header">
        <h1 id="job-title">{details.data?.title || `Video ${jobId}`}</h1>
        <p className="hint">
          {versionName({ ...job, label: job.version_label })} · <span className={`status status-${status}`}>{statusWords(status)}</span>
          {details.data ? ` · ${details.data.duration_s} s · ${details.data.aspect}` : ''}
        </p>
        {details.data?.prompt ? <p className="prompt">“{details.data.prompt}”</p> : null}
      </header>
      <div className="job-grid">
        <div className="job-main">
          {failed ? <FailurePanel jobId={jobId} error={failed} onRetried={reloadVideo} /> : null}
          <PreviewPanel
            jobId={jobId}
            aspectClass={aspect}
            mp4={mp4}
            poster={files['thumbnail.jpg'] ?? null}
            preview={preview}
            previewError={previewError}
            waitingWords={failed ? 'No preview: the video was not made.' : 'The preview plays here as soon as the composition passes its checks.'}
            compact={Boolean(failed)}
          />
          {done ? <Downloads jobId={jobId} files={files} /> : null}
          {done && captions ? <ShareCopy captions={captions} /> : null}
        </div>
        <aside className="job-side">
          <section aria-labelledby="progress-title" className="card">
            <h2 id="progress-title">Progress</h2>
            <StepList stream={stream} />
          </section>
          <RefineChat jobId={jobId} turns={thread.data?.turns ?? []} canRefine={done} />
          {thread.data ? <VersionHistory versions={thread.data.versions} current={jobId} currentStatus={status} /> : null}
        </aside>
      </div>
      {details.data ? <ScriptNotes details={details.data} /> : null}
      {done ? (
        <SchedulePost
          jobId={jobId}
          captions={captions}
          thumbnail={files['thumbnail.jpg'] ?? null}
          posts={posts.data ?? []}
          onScheduled={posts.reload}
        />
      ) : null}
    </article>
  );
};
