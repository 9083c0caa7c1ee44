// What a reloaded config may change at once, and what waits for a restart (the open port and the database).
import { hidePassword } from '../config/index.js';
import type { Config } from '../model.js';

/** The config to apply and the settings that only a restart changes. */
export interface ReloadPlan {
  config: Config;
  /** Keys whose new value was ignored until restart (`server.port: 8080 → 9090`). */
  needsRestart: string[];
}

/** Keeps the running port, host and database of `current`, takes everything else from `next`. */
export function planReload(current: Config, next: Config): ReloadPlan {
  const needsRestart: string[] = [];
  const keep = <T>(key: string, before: T, after: T, show: (value: T) => string = String): T => {
    if (before !== after) needsRestart.push(`${key}: ${show(before)} → ${show(after)}`);
    return before;
  };
  const config: Config = Object.freeze({
    ...next,
    database: Object.freeze({
      ...next.database,
      path: keep('database.path', current.database.path, next.database.path),
      url: keep('database.url', current.database.url, next.database.url, (url) => (url === undefined ? '(unset)' : hidePassword(url))),
    }),
    server: Object.freeze({
      ...next.server,
      host: keep('server.host', current.server.host, next.server.host),
      port: keep('server.port', current.server.port, next.server.port),
    }),
  });
  return { config, needsRestart };
}
