import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { EngineError } from './protocol';

// The same answers as video/assets/asset_store.py's content_type_for (tests/sandbox checks that they agree).
const CONTENT_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.m4a': 'audio/mp4',
  '.aac': 'audio/aac',
  '.ogg': 'audio/ogg',
  '.flac': 'audio/flac',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mov': 'video/quicktime',
  '.json': 'application/json',
  '.srt': 'application/x-subrip',
  '.vtt': 'text/vtt',
  '.txt': 'text/plain',
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export const contentTypeFor = (name: string): string =>
  CONTENT_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';

type Range = [number, number] | 'unsatisfiable' | null;

/** Like video/loopback_server.py's byte_range: one satisfiable range, null for the whole file, or 416. */
const byteRange = (header: string | undefined, size: number): Range => {
  const match = /^bytes=(\d*)-(\d*)$/.exec((header ?? '').trim());
  if (!header || !match || (match[1] === '' && match[2] === '')) {
    return null;
  }
  const [, firstText, lastText] = match;
  if (firstText === '') {
    const suffix = Number(lastText);
    return suffix === 0 || size === 0 ? 'unsatisfiable' : [Math.max(0, size - suffix), size - 1];
  }
  const first = Number(firstText);
  const last = lastText ? Number(lastText) : size - 1;
  return first >= size || last < first ? 'unsatisfiable' : [first, Math.min(last, size - 1)];
};

/** The file under `root` that `target` names, or null: no traversal, no hidden files, nothing outside. */
const resolveFile = async (root: string, target: string): Promise<{ file: string; size: number } | null> => {
  const rawPath = target.split(/[?#]/, 1)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  const parts = decoded.split('/').slice(1);
  if (
    !decoded.startsWith('/') ||
    parts.length === 0 ||
    decoded.includes('\0') ||
    parts.some((part) => part === '' || part === '.' || part === '..' || part.startsWith('.') || part.includes('\\'))
  ) {
    return null;
  }
  try {
    const file = await fs.promises.realpath(path.join(root, ...parts));
    if (!file.startsWith(root + path.sep)) {
      return null;
    }
    const stat = await fs.promises.stat(file);
    return stat.isFile() ? { file, size: stat.size } : null;
  } catch {
    return null;
  }
};

const bare = (response: http.ServerResponse, status: number, headers: Record<string, string> = {}): void => {
  const body = status >= 400 ? `${status} ${http.STATUS_CODES[status] ?? ''}\n` : '';
  response.writeHead(status, { 'Content-Type': 'text/plain', 'Content-Length': String(body.length), ...headers });
  response.end(body);
};

/**
 * Serves the files of `root` read-only, as video/loopback_server.py does: GET and HEAD, single byte ranges,
 * content types by extension, never a folder listing, a hidden file or anything outside `root`.
 */
export const createFolderServer = (folder: string, cacheControl: string): http.Server => {
  const root = fs.realpathSync(folder);
  return http.createServer((request, response) => {
    void (async () => {
      const method = request.method ?? 'GET';
      if (method !== 'GET' && method !== 'HEAD') {
        bare(response, 405, { Allow: 'GET, HEAD' });
        return;
      }
      const found = await resolveFile(root, request.url ?? '/');
      if (!found) {
        bare(response, 404);
        return;
      }
      const range = byteRange(request.headers.range, found.size);
      if (range === 'unsatisfiable') {
        bare(response, 416, { 'Content-Range': `bytes */${found.size}` });
        return;
      }
      const [first, last] = range ?? [0, found.size - 1];
      const headers: Record<string, string> = {
        'Content-Type': contentTypeFor(found.file),
        'Accept-Ranges': 'bytes',
        'Cache-Control': cacheControl,
        'Access-Control-Allow-Origin': '*',
        'X-Content-Type-Options': 'nosniff',
        'Content-Length': String(Math.max(0, last - first + 1)),
      };
      if (range) {
        headers['Content-Range'] = `bytes ${first}-${last}/${found.size}`;
      }
      response.writeHead(range ? 206 : 200, headers);
      if (method === 'HEAD' || found.size === 0) {
        response.end();
        return;
      }
      const stream = fs.createReadStream(found.file, { start: first, end: last });
      stream.on('error', () => response.destroy());
      // Browsers drop media requests mid-body when they seek.
      response.on('close', () => stream.destroy());
      stream.pipe(response);
    })();
  });
};

export interface AssetFolder {
  /** http://127.0.0.1:PORT, the origin of the server that serves `root` to Python (video/loopback_server.py). */
  origin: string;
  root: string;
}

export const isAssetFolderList = (value: unknown): value is AssetFolder[] =>
  Array.isArray(value) &&
  value.every(
    (item) =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as AssetFolder).origin === 'string' &&
      typeof (item as AssetFolder).root === 'string',
  );

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Inside the sealed network nothing of the host is reachable, so the engine serves each asset folder itself, at
 * the same origin (same loopback port) Python serves it on outside: the job's URLs mean the same files to the
 * page, to Remotion's downloads in Node and to Python. One server per port, kept until the engine exits.
 */
export class AssetMirrors {
  private readonly servers = new Map<number, { root: string; server: http.Server }>();

  async serve(folders: AssetFolder[]): Promise<void> {
    for (const { origin, root } of folders) {
      const url = new URL(origin);
      if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1' || !url.port) {
        throw new EngineError('bad_request', `asset folders are served on http://127.0.0.1:PORT, not ${origin}`);
      }
      const port = Number(url.port);
      const current = this.servers.get(port);
      if (current?.root === root) {
        continue;
      }
      if (current) {
        await close(current.server);
        this.servers.delete(port);
      }
      const server = createFolderServer(root, IMMUTABLE);
      try {
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(port, '127.0.0.1', resolve);
        });
      } catch (error) {
        throw new EngineError(
          'sandbox',
          `the render sandbox cannot serve ${root} at ${origin}: ${(error as Error).message}`,
        );
      }
      this.servers.set(port, { root, server });
    }
  }

  async stop(): Promise<void> {
    await Promise.all([...this.servers.values()].map(({ server }) => close(server)));
    this.servers.clear();
  }
}

const close = (server: http.Server): Promise<void> => {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
};

/**
 * Test support: with PPR_SERVE_FOLDER set, the engine's file only serves that folder, outside any sandbox, and
 * prints its origin (tests/assets checks these answers against the Python server's).
 */
export const serveFolderIfAsked = (): boolean => {
  const folder = process.env.PPR_SERVE_FOLDER;
  if (!folder) {
    return false;
  }
  const server = createFolderServer(folder, IMMUTABLE);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    process.stdout.write(`${JSON.stringify({ origin: `http://127.0.0.1:${port}` })}\n`);
  });
  process.stdin.resume();
  process.stdin.on('close', () => process.exit(0));
  return true;
};
