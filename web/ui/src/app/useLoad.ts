import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> = { data: T | null; error: Error | null; loading: boolean; reload: () => void };

/** Loads `load()` on mount and on reload(); keeps the last data while reloading. */
export const useLoad = <T,>(load: () => Promise<T>, deps: unknown[] = []): Loaded<T> => {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableLoad = useCallback(load, deps);
  useEffect(() => {
    let live = true;
    setLoading(true);
    stableLoad().then(
      (value) => {
        if (live) {
          setData(value);
          setError(null);
          setLoading(false);
        }
      },
      (caught: unknown) => {
        if (live) {
          setError(caught instanceof Error ? caught : new Error(String(caught)));
          setLoading(false);
        }
      },
    );
    return () => {
      live = false;
    };
  }, [stableLoad, generation]);
  return { data, error, loading, reload: () => setGeneration((n) => n + 1) };
};
