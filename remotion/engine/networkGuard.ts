import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * The proxy every page of the render browser must go through. It forwards only to loopback ports on its
 * allowlist (Remotion's bundle server, the asset server) and refuses everything else without connecting.
 */
export class NetworkGuard {
  private readonly allowedPorts = new Set<number>();
  private readonly server: http.Server;
  blockedRequests: string[] = [];

  constructor() {
    this.server = http.createServer((request, response) => this.forward(request, response));
    this.server.on('connect', (request: http.IncomingMessage, socket: net.Socket, head: Buffer) =>
      this.tunnel(request, socket, head),
    );
  }

  async start(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  allowPort(port: number): void {
    this.allowedPorts.add(port);
  }

  allowOrigin(origin: string): void {
    const url = new URL(origin);
    if (!LOOPBACK_HOSTS.has(url.hostname)) {
      throw new Error(`only loopback origins can be allowed, not ${origin}`);
    }
    this.allowPort(Number(url.port || (url.protocol === 'https:' ? 443 : 80)));
  }

  private isAllowed(host: string, port: number): boolean {
    return LOOPBACK_HOSTS.has(host) && this.allowedPorts.has(port);
  }

  private refuse(target: string): void {
    this.blockedRequests.push(target);
    process.stderr.write(`engine: network guard refused ${target}\n`);
  }

  private forward(request: http.IncomingMessage, response: http.ServerResponse): void {
    let url: URL;
    try {
      url = new URL(request.url ?? '');
    } catch {
      response.writeHead(400).end();
      return;
    }
    const port = Number(url.port || 80);
    if (url.protocol !== 'http:' || !this.isAllowed(url.hostname, port)) {
      this.refuse(url.href);
      response.writeHead(403).end('blocked by the PPR render sandbox');
      return;
    }
    const upstream = http.request(
      { host: '127.0.0.1', port, method: request.method, path: `${url.pathname}${url.search}`, headers: request.headers },
      (upstreamResponse) => {
        response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
        upstreamResponse.pipe(response);
      },
    );
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  }

  private tunnel(request: http.IncomingMessage, socket: net.Socket, head: Buffer): void {
    const [host, portText] = (request.url ?? '').split(/:(?=\d+$)/);
    const port = Number(portText);
    if (!host || !this.isAllowed(host, port)) {
      this.refuse(`CONNECT ${request.url}`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export const findFreePort = async (): Promise<number> => {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
};

const isPortFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

/** Waits (up to `timeoutMs`) until nothing listens on `port` any more. */
export const waitForPortRelease = async (port: number, timeoutMs = 10_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await isPortFree(port)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
