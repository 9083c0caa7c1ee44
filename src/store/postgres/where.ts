// SQLite-style `?` filters (sqlite/where-clause.ts, sqlite/item-rows.ts) renumbered as Postgres `$n` parameters.

/** Rewrites each `?` of `sql` as `$n`, counting from `first`. The clauses hold no string literals. */
export function numbered(sql: string, first = 1): string {
  let n = first;
  return sql.replace(/\?/g, () => `$${n++}`);
}
