// What every Postgres table module receives: a way to run one statement (on the pool, or on the client of the
// transaction in progress), to make several statements atomic, and the change signal, which becomes a NOTIFY
// sent in the committing transaction plus a call of this process's listeners once the commit is done.
import type pg from 'pg';

/** The channel commits that changed items or clusters are announced on (payload: the writing store's id). */
export const CHANGE_CHANNEL = 'feedfold_changes';

/** Handed to each table module factory (`createXxxTable(ctx)`). */
export interface PgContext {
  /** Rows of one statement; `name` makes it a prepared statement on each connection (hot paths only). */
  rows<R>(sql: string, params?: readonly unknown[], name?: string): Promise<R[]>;
  /** Runs one statement; returns the rows it affected. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Runs `fn` atomically: a transaction of its own outside one, a savepoint inside (as better-sqlite3's nested
   *  `db.transaction` does, so a failure undoes only `fn`'s statements). */
  atomic<T>(fn: (ctx: PgContext) => Promise<T>): Promise<T>;
  /** Runs a single-statement write that changes items or clusters: inside a transaction at once, outside one
   *  in a transaction of its own so that its NOTIFY commits with it. */
  write<T>(fn: (ctx: PgContext) => Promise<T>): Promise<T>;
  /** Call after a write that adds or changes items or clusters (inside `atomic`, `write` or a transaction). */
  markChanged(): void;
  /** Whether statements run inside a transaction (on one client). */
  readonly inTransaction: boolean;
  /** Inside a transaction: takes an in-process hold once per transaction (`acquire` resolves with its release),
   *  released when the transaction ends; a second call with the same name does nothing. */
  holdUntilEnd(name: string, acquire: () => Promise<() => void>): Promise<void>;
}

/** One open transaction: its client, whether it changed items or clusters, and its savepoint depth. */
export interface Session {
  client: pg.PoolClient;
  changed: boolean;
  savepoints: number;
  /** In-process holds taken for this transaction (see PgContext.holdUntilEnd), released when it ends. */
  holds: Map<string, () => void>;
}

/** What the contexts share: the pool, this store's id (to skip its own notifications) and the local signal. */
export interface PgShared {
  pool: pg.Pool;
  instanceId: string;
  /** Calls this process's onChange listeners (after a commit). */
  fireChanged(): void;
}

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

function contextOn(shared: PgShared, target: Queryable, session: Session | undefined): PgContext {
  const ctx: PgContext = {
    inTransaction: session !== undefined,
    async rows<R>(sql: string, params: readonly unknown[] = [], name?: string) {
      const result = await target.query<R & pg.QueryResultRow>({ text: sql, values: params as unknown[], name });
      return result.rows as R[];
    },
    async run(sql, params = []) {
      const result = await target.query({ text: sql, values: params as unknown[] });
      return result.rowCount ?? 0;
    },
    atomic: (fn) => (session ? savepoint(session, () => fn(ctx)) : inTransaction(shared, fn)),
    write: (fn) => (session ? fn(ctx) : inTransaction(shared, fn)),
    async holdUntilEnd(name, acquire) {
      if (!session || session.holds.has(name)) return;
      session.holds.set(name, () => undefined);
      session.holds.set(name, await acquire());
    },
    markChanged() {
      if (!session) throw new Error('markChanged outside a transaction: wrap the write in ctx.write or ctx.atomic');
      session.changed = true;
    },
  };
  return ctx;
}

/** The context of statements outside any transaction (each one on whichever pooled connection is free). */
export function rootContext(shared: PgShared): PgContext {
  return contextOn(shared, shared.pool, undefined);
}

/** The context bound to an open transaction's client. */
export function sessionContext(shared: PgShared, session: Session): PgContext {
  return contextOn(shared, session.client, session);
}

/** Runs `fn` in a new transaction on its own client: BEGIN, then COMMIT (with the NOTIFY when it changed items or
 *  clusters, delivered by Postgres only if the commit succeeds), or ROLLBACK when `fn` throws. */
export async function inTransaction<T>(shared: PgShared, fn: (ctx: PgContext) => Promise<T>): Promise<T> {
  const client = await shared.pool.connect();
  const session: Session = { client, changed: false, savepoints: 0, holds: new Map() };
  // A connection whose ROLLBACK failed is not trusted again: release(error) closes it instead of pooling it.
  let broken: Error | undefined;
  let result: T;
  try {
    await client.query('BEGIN');
    result = await fn(sessionContext(shared, session));
    // One round trip: the payload is a hex id, safe to inline; the notification leaves with the commit.
    await client.query(session.changed ? `NOTIFY ${CHANGE_CHANNEL}, '${shared.instanceId}'; COMMIT` : 'COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
    for (const release of session.holds.values()) release();
  }
  if (session.changed) shared.fireChanged();
  return result;
}

/** Runs `fn` inside a savepoint of the open transaction; a failure rolls back to it and rethrows. */
export async function savepoint<T>(session: Session, fn: () => Promise<T>): Promise<T> {
  const name = `sp${++session.savepoints}`;
  try {
    await session.client.query(`SAVEPOINT ${name}`);
    try {
      const result = await fn();
      await session.client.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      await session.client.query(`ROLLBACK TO SAVEPOINT ${name}; RELEASE SAVEPOINT ${name}`).catch(() => undefined);
      throw error;
    }
  } finally {
    session.savepoints--;
  }
}
