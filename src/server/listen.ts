// The only file that opens a port: serves a built app with @hono/node-server.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';

/** Where to listen. */
export interface ListenOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
}

/** A listening server. */
export interface Listening {
  /** Base URL actually bound, e.g. http://127.0.0.1:8080. */
  url: string;
  port: number;
  /** Stops accepting connections, ends idle keep-alive ones, and resolves when closed (at most `timeoutMs`). */
  close(timeoutMs?: number): Promise<void>;
}

/** Anything with a fetch handler: a Hono app, or a wrapper that swaps apps on config reload. */
export interface FetchApp {
  fetch(request: Request): Response | Promise<Response>;
}

/** Starts serving `app`; rejects when the port cannot be bound (in use, no permission). */
export function listen(app: FetchApp, options: ListenOptions): Promise<Listening> {
  return new Promise((resolve, reject) => {
    let server: ServerType;
    const onError = (error: Error) => reject(error);
    server = serve({ fetch: (request: Request) => app.fetch(request), hostname: options.host, port: options.port }, (info: AddressInfo) => {
      server.off('error', onError);
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({ url: `http://${host}:${info.port}`, port: info.port, close: (timeoutMs) => closeServer(server, timeoutMs) });
    });
    server.once('error', onError);
  });
}

function closeServer(server: ServerType, timeoutMs = 3_000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      if ('closeAllConnections' in server) server.closeAllConnections();
      resolve();
    }, timeoutMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  });
}
