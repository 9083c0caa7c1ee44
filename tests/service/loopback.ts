// Test helper: a real HTTP server on 127.0.0.1 with a free port, closed after the test file.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';

/** A running loopback server. */
export interface Loopback {
  url: string;
  /** Paths requested so far, in order. */
  requests: string[];
  /** Most requests in flight at once, per path. */
  maxConcurrent: Map<string, number>;
  close(): Promise<void>;
}

const servers: Loopback[] = [];
afterAll(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Starts a loopback server; `handler` may be async and answers each request. */
export async function startLoopback(
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>,
): Promise<Loopback> {
  const requests: string[] = [];
  const current = new Map<string, number>();
  const maxConcurrent = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    current.set(path, (current.get(path) ?? 0) + 1);
    maxConcurrent.set(path, Math.max(maxConcurrent.get(path) ?? 0, current.get(path)!));
    res.on('close', () => current.set(path, (current.get(path) ?? 1) - 1));
    Promise.resolve(handler(req, res)).catch((error: Error) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error.message));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const loopback: Loopback = {
    url: `http://127.0.0.1:${port}`,
    requests,
    maxConcurrent,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(loopback);
  return loopback;
}

/** A promise with its resolve function exposed (a gate a test opens). */
export function createGate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** Resolves when `check` returns true, polling every 10 ms; rejects after `timeoutMs`. */
export async function waitFor(check: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A minimal valid RSS 2.0 document whose items mention Kidal (on topic for the test configs). */
export function rssFeed(title: string, items: Array<{ guid: string; title: string; text?: string; date?: string }>): string {
  const entries = items
    .map(
      (i) => `<item><guid isPermaLink="false">${i.guid}</guid><title>${i.title}</title>
<link>https://news.example/${encodeURIComponent(i.guid)}</link>
<pubDate>${i.date ?? 'Tue, 14 Nov 2023 10:00:00 GMT'}</pubDate>
<description>${i.text ?? `Malian troops entered Kidal on Tuesday, ${i.title}.`}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>https://news.example/</link><description>test</description>
${entries}
</channel></rss>
`;
}
