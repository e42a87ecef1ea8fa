import React from 'react';
import { Link } from './router';

export const NotFoundPage: React.FC<{ what?: string }> = ({ what = 'page' }) => (
  <section className="card not-found" aria-labelledby="not-found-title">
    <h1 id="not-found-title">404: not found</h1>
    <p>This {what} does not exist, or it belongs to another account.</p>
    <p>
      <Link href="/">Back to the Studio</Link>
    </p>
  </section>
);
