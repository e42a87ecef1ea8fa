import type { BrowserLog } from '@remotion/renderer';

// Must match RENDER_ERROR_MARKER in src/sandbox/RenderErrorBoundary.tsx.
const RENDER_ERROR_MARKER = 'PPR_RENDER_ERROR ';

export interface RuntimeError {
  frame: number;
  message: string;
}

/** Collects the errors DynamicVideo reports from inside the page (one per distinct message and frame). */
export class RuntimeErrorLog {
  readonly errors: RuntimeError[] = [];
  private readonly seen = new Set<string>();

  readonly onBrowserLog = (log: BrowserLog): void => {
    const start = log.text.indexOf(RENDER_ERROR_MARKER);
    if (start === -1) {
      return;
    }
    try {
      const error = JSON.parse(log.text.slice(start + RENDER_ERROR_MARKER.length)) as RuntimeError;
      const key = `${error.frame}:${error.message}`;
      if (!this.seen.has(key)) {
        this.seen.add(key);
        this.errors.push(error);
      }
    } catch {
      // A console line that merely contains the marker: not ours.
    }
  };
}
