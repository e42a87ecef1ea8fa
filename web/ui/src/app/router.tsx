// Client-side routes (the server serves the same page for each of these paths).
import React, { useEffect, useState } from 'react';

export type Route =
  | { page: 'studio' }
  | { page: 'login' }
  | { page: 'library' }
  | { page: 'job'; jobId: number }
  | { page: 'missing' };

export const routeOf = (path: string): Route => {
  if (path === '/' || path === '') return { page: 'studio' };
  if (path === '/login') return { page: 'login' };
  if (path === '/library') return { page: 'library' };
  const job = /^\/jobs\/(\d{1,12})$/.exec(path);
  return job ? { page: 'job', jobId: Number(job[1]) } : { page: 'missing' };
};

const listeners = new Set<() => void>();

export const navigate = (path: string): void => {
  window.history.pushState(null, '', path);
  listeners.forEach((listener) => listener());
  window.scrollTo(0, 0);
};

export const useRoute = (): Route => {
  const [path, setPath] = useState(window.location.pathname);
  useEffect(() => {
    const update = (): void => setPath(window.location.pathname);
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return routeOf(path);
};

/** An in-app link: a real <a href> (keyboard, new tab), moved client-side on a plain click. */
export const Link: React.FC<React.AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }> = ({ href, onClick, ...rest }) => (
  <a
    href={href}
    onClick={(event) => {
      onClick?.(event);
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
        return;
      }
      event.preventDefault();
      navigate(href);
    }}
    {...rest}
  />
);
