import React from 'react';
import type { Version } from '../api';
import { formatDate, statusWords } from '../format';
import { Link } from '../router';

/** "Version 1 (original)", "Version 2 (made hook more aggressive)": each opens that version's page. */
export const versionName = (version: Version): string =>
  version.version === 1 && !/\(/.test(version.label) ? `Version 1 (original)` : version.label;

/** `currentStatus`: the live status of the version on screen (the list was loaded when the page opened). */
export const VersionHistory: React.FC<{ versions: Version[]; current: number; currentStatus: string }> = ({
  versions,
  current,
  currentStatus,
}) => (
  <section aria-labelledby="versions-title" className="card">
    <h2 id="versions-title">Version history</h2>
    <ol className="versions">
      {versions.map((version) => (
        <li key={version.job_id} className={version.job_id === current ? 'current' : undefined}>
          <Link href={`/jobs/${version.job_id}`} aria-current={version.job_id === current ? 'page' : undefined}>
            {versionName(version)}
          </Link>
          <span className="hint">
            {statusWords(version.job_id === current ? currentStatus : version.status)} · {formatDate(version.created_at)}
          </span>
        </li>
      ))}
    </ol>
  </section>
);
