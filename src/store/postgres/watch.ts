// Commits of other processes, as LISTEN on the change channel: one dedicated connection per watch (a pooled one
// would drop its LISTEN when released). Notifications from this store itself are skipped (its listeners already
// ran after its commit); bursts are coalesced to one call per interval; a lost connection is re-opened, and the
// listeners are called once then, since commits may have been missed meanwhile.
import pg from 'pg';
import { CHANGE_CHANNEL } from './context.js';

/** What a watch needs. */
export interface WatchOptions {
  clientConfig: pg.ClientConfig;
  /** This store's id (the payload of its own notifications). */
  instanceId: string;
  intervalMs: number;
  onChange(): void;
}

/** A running watch. */
export interface Watch {
  /** Resolves once the first LISTEN is in place (or failed). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/** Starts watching the change channel. */
export function watchChanges(options: WatchOptions): Watch {
  const interval = Math.max(0, options.intervalMs);
  let stopped = false;
  let client: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  let last = 0;

  const fire = (): void => {
    if (timer || stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      last = Date.now();
      if (!stopped) options.onChange();
    }, Math.max(0, last + interval - Date.now()));
    timer.unref();
  };
  const scheduleRetry = (): void => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect(true);
    }, Math.max(interval, 1000));
    retry.unref();
  };
  const connect = async (again: boolean): Promise<void> => {
    const c = new pg.Client(options.clientConfig);
    c.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL && message.payload !== options.instanceId) fire();
    });
    // Why ignore: an 'error' on an idle connection is followed by 'end', which reconnects.
    c.on('error', () => undefined);
    c.on('end', () => {
      if (client === c) client = undefined;
      scheduleRetry();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch {
      await c.end().catch(() => undefined);
      return scheduleRetry();
    }
    if (stopped) return void (await c.end().catch(() => undefined));
    client = c;
    if (again) fire();
  };

  const ready = connect(false);
  return {
    ready,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(retry);
      await ready;
      await client?.end().catch(() => undefined);
      client = undefined;
    },
  };
}
