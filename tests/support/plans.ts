import type { Database } from 'better-sqlite3';

/**
 * Every SQL statement prepared while `run` runs. Statements are prepared through `db.prepare`, and the desk's
 * statement cache starts afresh when `prepare` is replaced, so cached statements are seen too.
 */
export async function sqlDuring(db: Database, run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    seen.push(sql);
    return prepare(sql);
  }) as typeof db.prepare;
  try {
    await run();
  } finally {
    db.prepare = prepare;
  }
  return [...new Set(seen)];
}

/** The query plan of one statement, its parameters (positional and @named) bound to 1: the plan does not depend on them. */
export function planOf(db: Database, sql: string): string[] {
  const code = sql.replace(/'[^']*'/g, "''");
  const positional = (code.match(/\?/g) ?? []).map(() => 1);
  const names = [...new Set([...code.matchAll(/@(\w+)/g)].map((m) => m[1]))];
  const args: unknown[] = names.length ? [...positional, Object.fromEntries(names.map((n) => [n, 1]))] : positional;
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((p) => p.detail);
}

/**
 * The steps of a statement's plan that read a whole table or index: none may, on a write path that must cost the same
 * at a million rows as at ten. Allowed: a recursive CTE's own rows, a constant row, and the newest row by id
 * (`ORDER BY id DESC LIMIT 1` with no WHERE walks the rowid tree from its end and stops at the first row).
 */
export function fullScans(db: Database, sql: string): string[] {
  const newestOnly = !/\bWHERE\b/i.test(sql) && /ORDER BY id DESC LIMIT 1\s*$/i.test(sql.trim());
  return planOf(db, sql).filter((step) => /^SCAN /.test(step) && !/^SCAN (lv|CONSTANT ROW)$/.test(step) && !newestOnly);
}
