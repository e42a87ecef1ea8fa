// Schedule this version on social platforms (POST /api/scheduled-posts): when, where, and a caption for each
// platform, with a preview of each post.
import React, { useState } from 'react';
import { api, type Captions, type ScheduledPost } from '../api';
import { formatDate } from '../format';
import { PLATFORM_NAMES } from './ShareCopy';

const PLATFORMS = ['instagram', 'tiktok', 'youtube_shorts', 'x'] as const;
const LIMITS: Record<string, number> = { instagram: 2200, tiktok: 300, youtube_shorts: 2200, x: 280 };

const inAnHour = (): string => {
  const date = new Date(Date.now() + 60 * 60 * 1000);
  date.setSeconds(0, 0);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
};

export const SchedulePost: React.FC<{
  jobId: number;
  captions: Captions | null;
  thumbnail: string | null;
  posts: ScheduledPost[];
  onScheduled: () => void;
}> = ({ jobId, captions, thumbnail, posts, onScheduled }) => {
  const [at, setAt] = useState(inAnHour);
  const [platforms, setPlatforms] = useState<string[]>(['instagram']);
  const [edited, setEdited] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const captionFor = (platform: string): string =>
    edited[platform] ?? (captions ? (platform === 'youtube_shorts' ? captions.tiktok : captions[platform as 'instagram' | 'tiktok' | 'x']) : '');

  const toggle = (platform: string): void =>
    setPlatforms((chosen) => (chosen.includes(platform) ? chosen.filter((p) => p !== platform) : [...chosen, platform]));

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    setError('');
    setMessage('');
    const when = new Date(at);
    if (!at || Number.isNaN(when.getTime())) return setError('Choose a date and time for the post.');
    if (when.getTime() < Date.now()) return setError('Choose a date and time in the future.');
    if (platforms.length === 0) return setError('Choose at least one platform.');
    const tooLong = platforms.find((platform) => captionFor(platform).length > LIMITS[platform]);
    if (tooLong) return setError(`The ${PLATFORM_NAMES[tooLong]} caption is longer than ${LIMITS[tooLong]} characters.`);
    setBusy(true);
    try {
      await api.schedule({
        job_id: jobId,
        platforms,
        captions: Object.fromEntries(platforms.map((platform) => [platform, captionFor(platform)])),
        at: when.toISOString(),
      });
      setMessage(`Scheduled for ${formatDate(when.toISOString())}.`);
      onScheduled();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The post could not be scheduled.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="schedule-title" className="card schedule">
      <h2 id="schedule-title">Schedule post</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor="post-at">Date and time</label>
          <input id="post-at" type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
        </div>
        <fieldset className="platforms">
          <legend>Platforms</legend>
          {PLATFORMS.map((platform) => (
            <label key={platform} className="check">
              <input type="checkbox" checked={platforms.includes(platform)} onChange={() => toggle(platform)} />
              {PLATFORM_NAMES[platform]}
            </label>
          ))}
        </fieldset>
        {platforms.map((platform) => (
          <div key={platform} className="post-platform">
            <div className="field">
              <label htmlFor={`caption-${platform}`}>{PLATFORM_NAMES[platform]} caption</label>
              <textarea
                id={`caption-${platform}`}
                rows={3}
                value={captionFor(platform)}
                onChange={(e) => setEdited((all) => ({ ...all, [platform]: e.target.value }))}
              />
              <span className="hint">
                {captionFor(platform).length} / {LIMITS[platform]}
              </span>
            </div>
            <figure className={`post-preview post-${platform}`} aria-label={`${PLATFORM_NAMES[platform]} post preview`}>
              <span className="post-platform-name">{PLATFORM_NAMES[platform]}</span>
              {thumbnail ? <img src={thumbnail} alt="" /> : null}
              <figcaption>{captionFor(platform) || 'No caption'}</figcaption>
            </figure>
          </div>
        ))}
        <p role="alert" className="error">
          {error}
        </p>
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          Schedule post
        </button>
        <p role="status" className="hint">
          {message}
        </p>
      </form>
      {posts.length ? (
        <>
          <h3>Scheduled</h3>
          <ul className="scheduled" aria-label="Scheduled posts">
            {posts.map((post) => (
              <li key={post.id}>
                {formatDate(post.at)}: {post.platforms.map((platform) => PLATFORM_NAMES[platform] ?? platform).join(', ')} ({post.status})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
};
