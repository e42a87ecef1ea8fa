// The PPR render engine: one long-lived Node process that keeps the bundle, Chromium and the checkers warm.
// Python talks to it in JSON lines (see protocol.ts); nothing here is started per job.
import readline from 'node:readline';
import { BrowserPool } from './browser';
import { createCommands } from './commands';
import { EngineError, type Reply, type Request } from './protocol';
import { serveTypeChecksIfWorker } from './validate/typeCheckWorker';

const send = (reply: Reply): void => {
  process.stdout.write(`${JSON.stringify(reply)}\n`);
};

const main = async (): Promise<void> => {
  const pool = new BrowserPool();
  await pool.start();
  const commands = createCommands(pool);
  let shuttingDown = false;

  const shutdown = async (): Promise<void> => {
    if (shuttingDown) {
      return;
    }
    shuttingDown = true;
    await pool.stop();
    process.exit(0);
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
  send({ id: 0, type: 'result', result: { ready: true, pid: process.pid } });
};

if (!serveTypeChecksIfWorker()) {
  void main();
}
