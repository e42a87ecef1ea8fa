import { openBrowser } from '@remotion/renderer';
import { NetworkGuard, findFreePort, waitForPortRelease } from './networkGuard';
import { SANDBOXED_CHROMIUM } from './paths';

type Browser = Awaited<ReturnType<typeof openBrowser>>;

/**
 * One Chromium for the engine's lifetime, opened on first use through the sandbox wrapper and reopened only if
 * it dies. Remotion's page server always listens on `remotionPort`, the one port besides the asset server that
 * the network guard lets pages reach.
 */
export class BrowserPool {
  readonly guard = new NetworkGuard();
  remotionPort = 0;
  private browser: Promise<Browser> | null = null;

  async start(): Promise<void> {
    process.env.PPR_NETWORK_GUARD_PORT = String(await this.guard.start());
    this.remotionPort = await findFreePort();
    this.guard.allowPort(this.remotionPort);
  }

  get(): Promise<Browser> {
    if (!this.browser) {
      const opening = openBrowser('chrome', {
        browserExecutable: SANDBOXED_CHROMIUM,
        // gl 'swangle' (SwiftShader through ANGLE) measured 5-10x slower per frame than Chromium's default
        // software path with the GPU process disabled (chromium-sandboxed.sh adds --disable-gpu).
        chromiumOptions: { gl: null },
        logLevel: 'error',
      });
      opening.then(
        (browser) => browser.on('closed', () => this.forget(opening)),
        () => this.forget(opening),
      );
      this.browser = opening;
    }
    return this.browser;
  }

  private forget(instance: Promise<Browser>): void {
    if (this.browser === instance) {
      this.browser = null;
    }
  }

  /**
   * Closes a browser that hung (an endless loop in a page); the next request opens a fresh one. A cancelled
   * render closes its page server only once the browser is gone, so this also waits for the port to be free.
   */
  async discard(): Promise<void> {
    const instance = this.browser;
    this.browser = null;
    if (instance) {
      const browser = await instance.catch(() => null);
      const closing = browser?.close({ silent: true }).catch(() => undefined);
      await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 3000))]);
      await browser?.runner.closeProcess().catch(() => undefined);
      await waitForPortRelease(this.remotionPort);
    }
  }

  async stop(): Promise<void> {
    await this.discard();
    await this.guard.stop();
  }
}
