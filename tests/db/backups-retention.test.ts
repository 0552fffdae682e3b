import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { backupsToPrune } from '../../src-main/modules/backups/retention';
import { backupName, parseBackupName } from '../../src-main/modules/backups/files';

/** One backup a day at 02:00 local time for `days` days ending on `last`. */
function daily(last: string, days: number): { name: string; at: Date }[] {
  const end = new Date(`${last}T02:00:00+08:00`).getTime();
  return Array.from({ length: days }, (_, i) => {
    const at = new Date(end - i * 86_400_000);
    return { name: backupName('auto', at), at };
  });
}
/** The local (Beijing) day in the file name. */
const day = (name: string) => dayjs(parseBackupName(name)!.at).format('YYYY-MM-DD');

describe('backup retention (7 daily, 4 weekly, 12 monthly)', () => {
  it('keeps everything while there are only a few backups', () => {
    expect(backupsToPrune(daily('2026-11-20', 5))).toEqual([]);
    expect(backupsToPrune([])).toEqual([]);
  });

  it('after 30 daily backups keeps the last 7 days, one per week for 4 weeks and one per month', () => {
    const all = daily('2026-11-20', 30); // 2026-10-22 … 2026-11-20 (a Friday)
    const doomed = new Set(backupsToPrune(all));
    const kept = all.filter((b) => !doomed.has(b.name)).map((b) => b.name);
    // Last 7 days: 11-14 … 11-20. Weeks (Mon–Sun): newest of weeks starting 11-16, 11-09, 11-02, 10-26 → 11-20, 11-15, 11-08, 11-01.
    // Months: newest of 2026-11 (11-20) and 2026-10 (10-31).
    expect(kept.map(day).sort()).toEqual(
      ['2026-10-31', '2026-11-01', '2026-11-08', '2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'],
    );
    expect(doomed.size).toBe(30 - kept.length);
  });

  it('keeps one backup per month for a year and prunes the 13th month', () => {
    // The 1st of each month for 14 months, 2025-10-01 … 2026-11-01.
    const all = Array.from({ length: 14 }, (_, i) => {
      const at = new Date(Date.UTC(2025, 9 + i, 1, 1)); // 09:00 Beijing
      return { name: backupName('auto', at), at };
    });
    const doomed = backupsToPrune(all);
    expect(doomed.map(day)).toEqual(['2025-10-01', '2025-11-01']);
  });

  it('keeps only the newest of several backups on one day once the day is past the daily window', () => {
    const base = daily('2026-11-20', 8);
    const extra = { name: backupName('exit', new Date('2026-11-13T08:00:00+08:00')), at: new Date('2026-11-13T08:00:00+08:00') };
    const doomed = backupsToPrune([...base, extra]);
    // 11-13 is outside the 7 days (11-14…11-20); its week's newest is 11-15 and its month's 11-20: both of 11-13 go.
    expect(doomed).toEqual([base[7].name, extra.name]);
  });

  it('parses the names it writes', () => {
    const at = new Date('2026-11-20T09:30:15+08:00');
    expect(parseBackupName(backupName('manual', at))).toEqual({ at, kind: 'manual' });
    expect(parseBackupName(backupName('exit', at, 2))).toEqual({ at, kind: 'exit' });
    expect(parseBackupName('frontdesk-20261120-093015-bogus.sqlite')).toBeNull();
    expect(parseBackupName('notes.sqlite')).toBeNull();
  });
});
