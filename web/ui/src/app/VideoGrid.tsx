// The creator's videos as cards: thumbnail, title, duration, date and status, newest first.
import React from 'react';
import { aspectClass, formatDate, statusWords } from './format';
import { Link } from './router';

export type VideoCard = {
  key: string;
  jobId: number;
  title: string;
  durationS: number | null;
  aspect: string;
  createdAt: string;
  status: string;
  versionLabel: string;
  thumbnail: string | null;
};

export const VideoGrid: React.FC<{
  cards: VideoCard[] | null;
  loading: boolean;
  error: Error | null;
  empty: React.ReactNode;
  label: string;
}> = ({ cards, loading, error, empty, label }) => {
  if (error && !cards) {
    return (
      <p role="alert" className="error">
        The videos could not be loaded: {error.message}
      </p>
    );
  }
  if (!cards) {
    return (
      <p className="loading" role="status">
        Loading your videos…
      </p>
    );
  }
  if (cards.length === 0) {
    return <div className="empty">{empty}</div>;
  }
  return (
    <ul className="video-grid" aria-label={label} aria-busy={loading}>
      {cards.map((card) => (
        <li key={card.key} className="video-card">
          <Link href={`/jobs/${card.jobId}`} className="video-card-link">
            <span className={`thumb ${aspectClass(card.aspect)}`}>
              {card.thumbnail ? <img src={card.thumbnail} alt="" loading="lazy" /> : <span className="thumb-placeholder" aria-hidden="true" />}
            </span>
            <span className="video-title">{card.title}</span>
          </Link>
          <span className="video-meta">
            {card.versionLabel}
            {card.durationS !== null ? ` · ${Math.round(card.durationS)} s` : ''} · {formatDate(card.createdAt)}
          </span>
          <span className={`status status-${card.status}`}>{statusWords(card.status)}</span>
        </li>
      ))}
    </ul>
  );
};
