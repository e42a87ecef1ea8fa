// The Studio: describe a video and generate it; below, the creator's videos, newest first.
import React, { useMemo } from 'react';
import { api, type LibraryItem, type Video } from '../api';
import { useLoad } from '../useLoad';
import { VideoGrid, type VideoCard } from '../VideoGrid';
import { CreateForm } from './CreateForm';

/** Finished versions from the library (title, thumbnail, duration) and the other jobs (running, failed). */
const cardsOf = (jobs: Video[], library: LibraryItem[]): VideoCard[] => {
  const finished = new Map(library.map((item) => [item.job_id, item]));
  return jobs.map((job) => {
    const item = finished.get(job.job_id);
    return {
      key: `job-${job.job_id}`,
      jobId: job.job_id,
      title: item?.title ?? `Video ${job.job_id}`,
      durationS: item?.duration_s ?? null,
      aspect: item?.aspect ?? '9:16',
      createdAt: job.created_at,
      status: job.status,
      versionLabel: job.version_label,
      thumbnail: item?.files['thumbnail.jpg'] ?? null,
    };
  });
};

export const StudioPage: React.FC = () => {
  const videos = useLoad(async () => {
    const [jobs, library] = await Promise.all([api.jobs(), api.library()]);
    return cardsOf(jobs, library);
  });
  const cards = useMemo(() => videos.data, [videos.data]);
  return (
    <>
      <section aria-labelledby="studio-title" className="card create">
        <h1 id="studio-title">Create a video</h1>
        <CreateForm />
      </section>
      <section aria-labelledby="videos-title" className="videos">
        <h2 id="videos-title">Your videos</h2>
        <VideoGrid
          cards={cards}
          loading={videos.loading}
          error={videos.error}
          label="Your videos, newest first"
          empty={<p>No videos yet. Describe one above and press “Generate video”.</p>}
        />
      </section>
    </>
  );
};
