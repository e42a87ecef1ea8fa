import React from 'react';
import { api } from './api';
import { Link } from './router';

export const Layout: React.FC<{ email: string; current: string; children: React.ReactNode }> = ({ email, current, children }) => {
  const logOut = async (): Promise<void> => {
    try {
      await api.logout();
    } finally {
      window.location.assign('/login');
    }
  };
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <Link href="/" className="brand">
          PPR Video Studio
        </Link>
        <nav aria-label="Main">
          <Link href="/" aria-current={current === 'studio' ? 'page' : undefined}>
            Studio
          </Link>
          <Link href="/library" aria-current={current === 'library' ? 'page' : undefined}>
            Library
          </Link>
        </nav>
        <span className="account" title={email}>
          {email}
        </span>
        <button type="button" className="quiet" onClick={() => void logOut()}>
          Log out
        </button>
      </header>
      <main id="main">{children}</main>
    </>
  );
};
