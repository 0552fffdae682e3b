import type { Database } from 'better-sqlite3';
import dayjs from 'dayjs';
import { cached } from './statements';

/**
 * The next gap-free number of the day (QS-20261120-001) in a table with a `<day column>` and `seq`, unique together.
 * Called inside the write's transaction, which keeps two calls from taking the same number.
 */
export function nextDailyNo(db: Database, table: string, dayColumn: string, prefix: string, now: Date): { no: string; day: string; seq: number } {
  const day = dayjs(now).format('YYYY-MM-DD');
  const seq = cached(db, `SELECT coalesce(max(seq), 0) + 1 FROM ${table} WHERE ${dayColumn} = ?`, 'pluck').get(day) as number;
  return { no: `${prefix}-${day.replace(/-/g, '')}-${String(seq).padStart(3, '0')}`, day, seq };
}
