// Every finished version of every video, with a filter and a search.
import React, { useMemo, useState } from 'react';
import { api } from './api';
import { useLoad } from './useLoad';
import { VideoGrid, type VideoCard } from './VideoGrid';

export const LibraryPage: React.FC = () => {
  const library = useLoad(() => api.library());
  const [query, setQuery] = useState('');
  const [aspect, setAspect] = useState('all');
  const cards = useMemo<VideoCard[] | null>(() => {
    if (!library.data) return null;
    const words = query.trim().toLowerCase();
    return library.data
      .filter((item) => aspect === 'all' || item.aspect === aspect)
      .filter((item) => !words || `${item.title} ${item.version_label}`.toLowerCase().includes(words))
      .map((item) => ({
        key: `video-${item.video_id}`,
        jobId: item.job_id,
        title: item.title,
        durationS: item.duration_s,
        aspect: item.aspect,
        createdAt: item.created_at,
        status: 'completed',
        versionLabel: item.version_label,
        thumbnail: item.files['thumbnail.jpg'] ?? null,
      }));
  }, [library.data, query, aspect]);
  const filtered = Boolean(query.trim()) || aspect !== 'all';
  return (
    <section aria-labelledby="library-title">
      <h1 id="library-title">Library</h1>
      <div className="filters" role="search">
        <div className="field">
          <label htmlFor="library-search">Search</label>
          <input id="library-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Title or version" />
        </div>
        <div className="field">
          <label htmlFor="library-aspect">Filter by aspect ratio</label>
          <select id="library-aspect" value={aspect} onChange={(e) => setAspect(e.target.value)}>
            <option value="all">All</option>
            <option value="9:16">9:16</option>
            <option value="16:9">16:9</option>
            <option value="1:1">1:1</option>
          </select>
        </div>
      </div>
      <VideoGrid
        cards={cards}
        loading={library.loading}
        error={library.error}
        label="Every version of every video"
        empty={filtered ? <p>No video matches that search.</p> : <p>No finished videos yet. Make one in the Studio.</p>}
      />
    </section>
  );
};
