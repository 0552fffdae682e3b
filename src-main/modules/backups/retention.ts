import dayjs from 'dayjs';

/** One automatic backup, dated by the time in its file name (the desk's local time). */
export interface DatedBackup {
  name: string;
  at: Date;
}

/** How many of the most recent days, weeks and months keep their newest backup (issue 8: 7 daily, 4 weekly, 12 monthly). */
export const RETENTION = { daily: 7, weekly: 4, monthly: 12 } as const;

const dayKey = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');
/** Monday of the week (weeks run Monday to Sunday, as on a Chinese calendar). */
const weekKey = (d: dayjs.Dayjs) => d.startOf('day').subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD');
const monthKey = (d: dayjs.Dayjs) => d.format('YYYY-MM');

/**
 * Grandfather–father–son retention: for each of the `daily` most recent days that have a backup the newest of that
 * day is kept, likewise for weeks and months; the newest backup of all is always kept. Returns the names to delete,
 * oldest first. Pure: the caller lists and deletes the files.
 */
export function backupsToPrune(backups: readonly DatedBackup[], rule: { daily: number; weekly: number; monthly: number } = RETENTION): string[] {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime() || b.name.localeCompare(a.name));
  const keep = new Set<string>();
  if (newestFirst[0]) keep.add(newestFirst[0].name);
  const bucket = (count: number, key: (d: dayjs.Dayjs) => string) => {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      const k = key(dayjs(b.at));
      if (seen.has(k)) continue;
      if (seen.size >= count) break;
      seen.add(k);
      keep.add(b.name);
    }
  };
  bucket(rule.daily, dayKey);
  bucket(rule.weekly, weekKey);
  bucket(rule.monthly, monthKey);
  return newestFirst.filter((b) => !keep.has(b.name)).map((b) => b.name).reverse();
}
