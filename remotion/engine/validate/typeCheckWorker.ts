import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { NativeProject, type TypeCheck } from './nativeProject';

const ROLE = 'type-check';

interface CheckRequest {
  id: number;
  code: string;
}

type CheckReply = { id: number; check: TypeCheck } | { id: number; error: string };

/**
 * In the engine's type-check worker thread, answers checks until the engine exits and returns true; in any other
 * thread it returns false at once. The engine's entry calls it first (the worker runs the same bundle).
 */
export const serveTypeChecksIfWorker = (): boolean => {
  const port = parentPort;
  if (isMainThread || !port || (workerData as { role?: string } | null)?.role !== ROLE) {
    return false;
  }
  let project: NativeProject | null = null;
  port.on('message', ({ id, code }: CheckRequest) => {
    let reply: CheckReply;
    try {
      project ??= new NativeProject();
      reply = { id, check: project.check(code) };
    } catch (error) {
      // A compiler that failed once is not trusted again: the next check starts a new one.
      project?.close();
      project = null;
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
  return true;
};

interface Pending {
  resolve: (check: TypeCheck) => void;
  reject: (error: Error) => void;
}

/**
 * The composition's type check, in a worker thread with its own native compiler, so that it runs while the
 * engine's thread asks another compiler about symbols and types for the security rules: two cores, not one.
 */
export class TypeCheckWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  check(code: string): Promise<TypeCheck> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, code } satisfies CheckRequest);
    });
  }

  private start(): Worker {
    const worker = new Worker(__filename, { workerData: { role: ROLE } });
    // The engine exits when its input closes; an idle checker must not keep it alive.
    worker.unref();
    worker.on('message', (reply: CheckReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('check' in reply) {
        waiting?.resolve(reply.check);
      } else {
        waiting?.reject(new Error(`the type check failed: ${reply.error}`));
      }
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => {
      this.worker = null;
      this.failAll(new Error(`the type-check worker stopped (exit code ${code})`));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) {
      waiting.reject(error);
    }
    this.pending.clear();
  }
}
