// Builds an SQL WHERE clause from optional filters: one home for the "skip undefined, AND the rest" rule.
/** One filter: its SQL condition with a single `?`, and the value (undefined: the filter is not applied). */
export type WhereCondition = readonly [sql: string, value: string | number | undefined];

/** The WHERE clause ('' when no filter applies) and its positional parameters, in condition order. */
export function buildWhere(conditions: readonly WhereCondition[]): { where: string; params: Array<string | number> } {
  const clauses: string[] = [];
  const params: Array<string | number> = [];
  for (const [sql, value] of conditions) {
    if (value === undefined) continue;
    clauses.push(sql);
    params.push(value);
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
