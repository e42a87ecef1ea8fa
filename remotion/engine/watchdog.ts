// Wall 4 of the sealed rendering (time and memory): every frame of a render has a time limit, and a render page
// has a bounded heap. Generated code that loops forever, backtracks a regular expression for ever, never
// continues a delayRender() or allocates without end fails that frame; the engine closes the page it hung or
// crashed and serves the next request with the same Node process and, whenever it can, the same Chromium.
import type { HeadlessBrowser } from '@remotion/renderer';
import type { BrowserPool } from './browser';
import { waitForPortRelease } from './networkGuard';
import { EngineError } from './protocol';

const positiveIntegerFromEnv = (name: string): number | undefined => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : undefined;
};

/** How long one frame may take. PPR_FRAME_TIMEOUT_MS lowers it for tests (the still checks read it too). */
export const DEFAULT_FRAME_TIMEOUT_MS = positiveIntegerFromEnv('PPR_FRAME_TIMEOUT_MS') ?? 10_000;

/**
 * The V8 heap of a render page (old space, in MB), passed to Chromium by chromium-sandboxed.sh as
 * --js-flags=--max-old-space-size (Chromium's own limit is about 4 GB). Measured at 1080x1920: the examples and
 * templates peak at 12-35 MB of JavaScript and DOM heap (the heaviest, PausePlayRepeatVideo, at 35 MB), and all
 * of them still render with a 48 MB limit; 512 MB leaves generated code ten times the heaviest, and a runaway
 * allocation crashes its own page within seconds instead of taking gigabytes from the machine.
 */
export const PAGE_HEAP_MB = positiveIntegerFromEnv('PPR_PAGE_HEAP_MB') ?? 512;
process.env.PPR_PAGE_HEAP_MB = String(PAGE_HEAP_MB);

// Remotion refuses timeouts under 7 s. Its own timeout is the limit plus 2 s because delayRender() gives up
// 2 s before it: an unanswered delayRender() then fails at the limit, like any frame that hangs. Every other
// wait of Remotion's ends later than the limit, so the watchdog below is what stops a hung frame.
const REMOTION_MIN_TIMEOUT_MS = 7000;
const DELAY_RENDER_MARGIN_MS = 2000;
export const remotionTimeout = (frameTimeoutMs: number): number =>
  Math.max(frameTimeoutMs + DELAY_RENDER_MARGIN_MS, REMOTION_MIN_TIMEOUT_MS);

const seconds = (ms: number): string => String(Number((ms / 1000).toFixed(1)));

export const frameTimeoutMessage = (frame: number, limitMs: number): string =>
  `frame ${frame} took longer than ${seconds(limitMs)} s`;

export const frameCrashedMessage = (frame: number): string =>
  `frame ${frame} crashed its page (out of memory? a render page may use ${PAGE_HEAP_MB} MB of JavaScript heap)`;

// Remotion's own words for a frame that did not finish in time (an unanswered delayRender() among them).
const REMOTION_TIMEOUTS = [/was called but not cleared after \d+ms/, /Timeout \(\d+ms\) exceeded rendering/, /Timed out evaluating/];
const PAGE_CRASHES = [/Page crashed/, /Target closed/, /Session closed/];

/** How the engine got out of the last hung or crashed frames: closing their pages, or replacing Chromium. */
export const recoveries = { tabs: 0, browsers: 0 };

type CdpEvent = { targetId?: string; targetInfo?: { targetId: string; type: string; url?: string } };

/** The part of Remotion's CDP connection the watchdog uses (its typed `send` knows only Remotion's commands). */
interface CdpSession {
  on(event: string, handler: (event: CdpEvent) => void): unknown;
  send(method: string, params?: Record<string, unknown>): Promise<{ value: unknown }>;
  id(): string;
}
interface Cdp extends CdpSession {
  off(event: string, handler: (event: CdpEvent) => void): unknown;
  createSession(targetInfo: { targetId: string; type: string }): Promise<CdpSession>;
}

type ProcessInfo = { type: string; id: number; cpuTime: number };

const within = async <T>(work: Promise<T>, ms: number): Promise<T | undefined> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export type FrameStop = { kind: 'frame_timeout' | 'frame_crashed'; frame: number };

/**
 * Watches one render or still: the frame being drawn must finish within `limitMs`, and no page of this request
 * may crash. When either happens it calls `stop` (which cancels the Remotion render at once, before Remotion
 * would retry the frame in a browser of its own) and remembers which frame it was.
 */
export class FrameWatch {
  stopped: FrameStop | null = null;
  private frame: number;
  private since = Date.now();
  private firstDrawn = false;
  private allRendered = false;
  private readonly pages = new Set<string>();
  private readonly closed = new Set<string>();
  private readonly sessions: CdpSession[] = [];
  private readonly cdp: Cdp;
  private readonly timer: NodeJS.Timeout;
  private disposed = false;

  constructor(
    browser: HeadlessBrowser,
    readonly limitMs: number,
    firstFrame: number,
    private readonly stop: () => void,
  ) {
    this.frame = firstFrame;
    this.cdp = browser.connection as unknown as Cdp;
    this.cdp.on('Target.targetCreated', this.onCreated);
    this.cdp.on('Target.targetInfoChanged', this.onInfoChanged);
    this.cdp.on('Target.targetDestroyed', this.onDestroyed);
    this.cdp.on('Target.targetCrashed', this.onCrashed);
    this.timer = setInterval(() => {
      if (!this.allRendered && Date.now() - this.since > this.limitMs) {
        this.halt('frame_timeout');
      }
    }, Math.min(250, Math.max(20, limitMs / 8)));
  }

  /** The frame now being drawn (the previous one finished): its own time limit starts now. */
  drawing(frame: number): void {
    this.frame = frame;
    this.since = Date.now();
    if (!this.firstDrawn) {
      this.firstDrawn = true;
      this.detachSessions();
    }
  }

  /** Every frame is drawn; what remains (encoding) is not generated code and has no frame limit. */
  done(): void {
    this.allRendered = true;
  }

  private readonly onCreated = (event: CdpEvent): void => {
    if (event.targetInfo?.type === 'page') {
      this.pages.add(event.targetInfo.targetId);
      void this.clockFromLoad(event.targetInfo);
    }
  };

  /**
   * The first frame's time starts when its page has loaded Remotion's bundle, not when the render started: a tab
   * opening on a busy machine is not the composition's doing. Should the load event be missed (the session
   * attached late), the page's navigation to the bundle is the start, which leaves the first frame less time.
   */
  private async clockFromLoad(targetInfo: { targetId: string; type: string }): Promise<void> {
    const session = await within(this.cdp.createSession(targetInfo), 10_000);
    if (!session) {
      return;
    }
    this.sessions.push(session);
    if (this.disposed || this.firstDrawn) {
      this.detachSessions();
      return;
    }
    session.on('Page.loadEventFired', this.restartFirstFrame);
    await within(session.send('Page.enable'), 10_000);
  }

  /** The watchdog's own sessions are needed only until the first frame: Remotion's pages carry no extra. */
  private detachSessions(): void {
    for (const session of this.sessions.splice(0)) {
      void within(this.cdp.send('Target.detachFromTarget', { sessionId: session.id() }), 2000);
    }
  }

  private readonly onInfoChanged = (event: CdpEvent): void => {
    const info = event.targetInfo;
    if (info && this.pages.has(info.targetId) && info.url?.startsWith('http')) {
      this.restartFirstFrame();
    }
  };

  private readonly restartFirstFrame = (): void => {
    if (!this.firstDrawn) {
      this.since = Date.now();
    }
  };

  private readonly onDestroyed = (event: CdpEvent): void => {
    if (event.targetId) {
      this.closed.add(event.targetId);
    }
  };

  private readonly onCrashed = (event: CdpEvent): void => {
    if (event.targetId && this.pages.has(event.targetId)) {
      this.halt('frame_crashed');
    }
  };

  private halt(kind: FrameStop['kind']): void {
    if (!this.stopped) {
      this.stopped = { kind, frame: this.frame };
      this.stop();
    }
  }

  /**
   * The error to report for `error`, thrown by Remotion: a frame error when the watchdog stopped the request or
   * when Remotion itself saw a frame time out or its page crash; null for anything else (a render error).
   */
  frameError(error: unknown): EngineError | null {
    const message = error instanceof Error ? error.message : String(error);
    if (!this.stopped && REMOTION_TIMEOUTS.some((pattern) => pattern.test(message))) {
      this.stopped = { kind: 'frame_timeout', frame: this.frame };
    }
    if (!this.stopped && PAGE_CRASHES.some((pattern) => pattern.test(message))) {
      this.stopped = { kind: 'frame_crashed', frame: this.frame };
    }
    if (!this.stopped) {
      return null;
    }
    const { kind, frame } = this.stopped;
    const text = kind === 'frame_timeout' ? frameTimeoutMessage(frame, this.limitMs) : frameCrashedMessage(frame);
    const cause = /delayRender\(\) "([^"]*)"/.exec(message);
    const detail = cause ? ` (delayRender("${cause[1]}") was never continued)` : '';
    return new EngineError(kind, text + detail, frame);
  }

  /**
   * After a stop: closes this request's pages. Chromium's browser process ends a renderer whose last page is
   * closed even while its main thread is stuck in an endless loop (Target.closeTarget needs nothing from the
   * renderer), so the browser stays. It is replaced only when a page does not go away, a renderer still burns a
   * core afterwards, or the browser no longer answers.
   */
  async recover(pool: BrowserPool): Promise<'tab' | 'browser'> {
    const pages = [...this.pages].filter((targetId) => !this.closed.has(targetId));
    await Promise.all(
      pages.map((targetId) => within(this.cdp.send('Target.closeTarget', { targetId }), 2000)),
    );
    const deadline = Date.now() + 3000;
    while (pages.some((targetId) => !this.closed.has(targetId)) && Date.now() < deadline) {
      await sleep(50);
    }
    const pagesGone = pages.every((targetId) => this.closed.has(targetId));
    // A cancelled render closes its page server a moment later; the next request needs its port.
    await waitForPortRelease(pool.remotionPort, 5000);
    if (pagesGone && !(await this.rendererSpinning())) {
      recoveries.tabs += 1;
      return 'tab';
    }
    await pool.discard();
    recoveries.browsers += 1;
    return 'browser';
  }

  /** True if a renderer process still uses most of a core (or the browser cannot say): a hang survived. */
  private async rendererSpinning(): Promise<boolean> {
    const sample = async (): Promise<Map<number, number> | null> => {
      const reply = await within(this.cdp.send('SystemInfo.getProcessInfo'), 2000);
      const processes = (reply?.value as { processInfo?: ProcessInfo[] } | undefined)?.processInfo;
      if (!processes) {
        return null;
      }
      return new Map(processes.filter((item) => item.type === 'renderer').map((item) => [item.id, item.cpuTime]));
    };
    const windowMs = 400;
    const before = await sample();
    await sleep(windowMs);
    const after = await sample();
    if (!before || !after) {
      return true;
    }
    return [...after].some(([pid, cpu]) => cpu - (before.get(pid) ?? cpu) > (0.6 * windowMs) / 1000);
  }

  dispose(): void {
    this.disposed = true;
    clearInterval(this.timer);
    this.detachSessions();
    this.cdp.off('Target.targetCreated', this.onCreated);
    this.cdp.off('Target.targetInfoChanged', this.onInfoChanged);
    this.cdp.off('Target.targetDestroyed', this.onDestroyed);
    this.cdp.off('Target.targetCrashed', this.onCrashed);
  }
}
