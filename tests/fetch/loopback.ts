// Test helper: a real HTTP server on 127.0.0.1 (port 0) per test, recording the requests it received.
import fs from 'node:fs';
import http from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A running loopback server. */
export interface Loopback {
  /** Absolute URL for a path on this server. */
  url(pathname?: string): string;
  /** Headers and path of every request received, in order. */
  requests: Array<{ path: string; headers: IncomingHttpHeaders }>;
  close(): Promise<void>;
}

/** Starts a server with the given handler; remember to close it (afterEach). */
export async function startLoopback(
  handler: (req: IncomingMessage, res: ServerResponse) => unknown,
): Promise<Loopback> {
  const requests: Loopback['requests'] = [];
  const server = http.createServer((req, res) => {
    requests.push({ path: req.url ?? '/', headers: req.headers });
    // A handler error is a test bug: drop the connection so the fetch fails visibly instead of hanging.
    Promise.resolve(handler(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (pathname = '/') => `http://127.0.0.1:${port}${pathname}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Closes every server started in a test; use as `afterEach(closeAll)` with `track(await startLoopback(...))`. */
export function createTracker(): { track(server: Loopback): Loopback; closeAll(): Promise<void> } {
  const open: Loopback[] = [];
  return {
    track(server) {
      open.push(server);
      return server;
    },
    async closeAll() {
      await Promise.all(open.splice(0).map((s) => s.close()));
    },
  };
}

/** Reads a fixture from tests/fixtures/fetch as bytes. */
export function readFixture(name: string): Buffer {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'fetch');
  return fs.readFileSync(path.join(dir, name));
}

/** A port that refuses connections: bound once, then released. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
