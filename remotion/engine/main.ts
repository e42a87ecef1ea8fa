// The PPR render engine: one long-lived Node process that keeps the bundle, Chromium and the checkers warm.
// Python talks to it in JSON lines (see protocol.ts); nothing here is started per job.
import os from 'node:os';
import readline from 'node:readline';
import { AssetMirrors, isAssetFolderList, serveFolderIfAsked } from './assetServer';
import { BrowserPool } from './browser';
import { createCommands } from './commands';
import { EngineError, optional, param, type Reply, type Request } from './protocol';
import { serveTypeChecksIfWorker } from './validate/typeCheckWorker';

// The composition that runs generated code; everything else the engine renders is our own code.
const GENERATED_CODE_COMPOSITION = 'DynamicVideo';

/**
 * True when the launcher put this process in a network namespace of its own (video/seal.py) and it indeed sees
 * loopback and nothing else. The second half is checked here, not taken on trust.
 */
const networkIsSealed = (): boolean =>
  process.env.PPR_ENGINE_SEALED === '1' &&
  Object.values(os.networkInterfaces()).every((addresses) => (addresses ?? []).every((address) => address.internal));

const send = (reply: Reply): void => {
  process.stdout.write(`${JSON.stringify(reply)}\n`);
};

const main = async (): Promise<void> => {
  const sealed = networkIsSealed();
  const pool = new BrowserPool();
  await pool.start();
  const mirrors = new AssetMirrors();
  const commands = createCommands(pool);
  let shuttingDown = false;

  const shutdown = async (): Promise<void> => {
    if (shuttingDown) {
      return;
    }
    shuttingDown = true;
    await pool.stop();
    await mirrors.stop();
    process.exit(0);
  };

  /**
   * Generated code runs only in the sealed network; there, the asset folders Python serves are served again
   * inside (nothing outside can be reached).
   */
  const prepareSandbox = async (request: Request): Promise<void> => {
    if (!sealed) {
      if (request.composition === GENERATED_CODE_COMPOSITION) {
        const missing = process.env.PPR_SEAL_MISSING || 'the engine runs outside its network sandbox';
        throw new EngineError('unsealed', `generated code is not rendered: ${missing}`);
      }
      return;
    }
    await mirrors.serve(param(request, 'assetFolders', optional(isAssetFolderList)) ?? []);
  };

  const handle = async (request: Request): Promise<void> => {
    if (request.cmd === 'shutdown') {
      send({ id: request.id, type: 'result', result: { bye: true } });
      await shutdown();
      return;
    }
    const handler = commands[request.cmd];
    try {
      if (!handler) {
        throw new EngineError('bad_request', `unknown command "${request.cmd}"`);
      }
      if (request.cmd === 'render' || request.cmd === 'still') {
        await prepareSandbox(request);
      }
      const result = await handler(request, (event) => send({ ...event, id: request.id, type: 'progress' }));
      send({ id: request.id, type: 'result', result });
    } catch (error) {
      const body =
        error instanceof EngineError
          ? { kind: error.kind, message: error.message, ...(error.frame === undefined ? {} : { frame: error.frame }) }
          : { kind: 'internal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      send({ id: request.id, type: 'error', error: body });
    }
  };

  const lines = readline.createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    if (!line.trim()) {
      return;
    }
    let request: Request;
    try {
      request = JSON.parse(line) as Request;
    } catch {
      send({ id: -1, type: 'error', error: { kind: 'bad_request', message: 'a request line is not JSON' } });
      return;
    }
    void handle(request);
  });
  lines.on('close', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  send({ id: 0, type: 'result', result: { ready: true, pid: process.pid, sealed } });
};

if (!serveTypeChecksIfWorker() && !serveFolderIfAsked()) {
  void main();
}
