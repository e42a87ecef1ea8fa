// The engine's wire format: one JSON object per line on stdin (requests) and stdout (events).

export interface Request {
  id: number;
  cmd: string;
  [param: string]: unknown;
}

export type Reply =
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'progress'; [field: string]: unknown }
  | { id: number; type: 'error'; error: EngineErrorBody };

export interface EngineErrorBody {
  kind: string;
  message: string;
  frame?: number;
}

/** An expected failure: reported to Python with a kind it can act on, never a crash of the engine. */
export class EngineError extends Error {
  constructor(
    readonly kind: string,
    message: string,
    readonly frame?: number,
  ) {
    super(message);
  }
}

export type Emit = (event: Record<string, unknown>) => void;

export type Handler = (request: Request, emit: Emit) => Promise<unknown>;

export const param = <T>(request: Request, name: string, check: (value: unknown) => value is T): T => {
  const value = request[name];
  if (!check(value)) {
    throw new EngineError('bad_request', `${request.cmd}: parameter "${name}" is missing or has the wrong type`);
  }
  return value;
};

export const isString = (value: unknown): value is string => typeof value === 'string';
export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const optional =
  <T>(check: (value: unknown) => value is T) =>
  (value: unknown): value is T | undefined =>
    value === undefined || value === null || check(value);
