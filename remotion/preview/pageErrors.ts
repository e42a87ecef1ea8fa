import { RENDER_ERROR_MARKER } from '../src/sandbox/RenderErrorBoundary';
import type { PageError } from './frameReport';

const describe = (value: unknown): string =>
  value instanceof Error ? `${value.name}: ${value.message}` : typeof value === 'string' ? value : String(value);

/** Collects the page's errors between two drains: DynamicVideo's render reports, exceptions, console.error. */
export class PageErrorLog {
  private pending: PageError[] = [];

  constructor(private readonly currentFrame: () => number | null) {}

  install(): void {
    const originalError = console.error.bind(console);
    console.error = (...args: unknown[]): void => {
      this.recordConsole(args);
      originalError(...args);
    };
    window.addEventListener('error', (event) => this.recordException(event.error ?? event.message));
    window.addEventListener('unhandledrejection', (event) => this.recordException(event.reason));
  }

  recordException(error: unknown): void {
    this.pending.push({ source: 'exception', message: describe(error), frame: this.currentFrame() });
  }

  private recordConsole(args: unknown[]): void {
    const text = args.map(describe).join(' ');
    const start = text.indexOf(RENDER_ERROR_MARKER);
    if (start !== -1) {
      try {
        const report = JSON.parse(text.slice(start + RENDER_ERROR_MARKER.length)) as { frame: number; message: string };
        this.pending.push({ source: 'render', message: report.message, frame: report.frame });
        return;
      } catch {
        // Not DynamicVideo's report after all: keep it as a console error.
      }
    }
    this.pending.push({ source: 'console', message: text, frame: this.currentFrame() });
  }

  drain(): PageError[] {
    const drained = this.pending;
    this.pending = [];
    return drained;
  }
}
