// Refusing to ingest this instance's own published feeds: ingesting them would loop copies back in.
import type { ServerSettings } from '../model.js';

/** Whether a url is one of this instance's own published feeds (ingesting it would loop copies back in). */
export function isOwnFeed(url: string, server: ServerSettings): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const base = new URL(server.baseUrl.endsWith('/') ? server.baseUrl : `${server.baseUrl}/`);
  const listening = server.host === '0.0.0.0' || server.host === '::' ? 'localhost' : server.host;
  // The public address (maybe behind a proxy, under a path) and the address the server itself listens on.
  const homes: Array<[host: string, port: string, path: string]> = [
    [base.hostname, base.port || (base.protocol === 'https:' ? '443' : '80'), base.pathname],
    [listening, String(server.port), '/'],
  ];
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  return homes.some(([host, homePort, home]) => {
    const sameHost = target.hostname === host || (isLoopback(target.hostname) && isLoopback(host));
    const name = target.pathname.startsWith(home) ? target.pathname.slice(home.length) : '';
    return sameHost && port === homePort && /^(feed\.(xml|atom|json)|copies\.[a-z]+)$/.test(name);
  });
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || host === '::1' || host.startsWith('127.');
}
