import dayjs from 'dayjs';
import type { ParsedInputOf } from '../../../src-shared/contract-kit';
import { DeskError } from '../../../src-shared/errors';
import type { LfCategory, LfItemRow, LfMatch, LfReportRow, lostfoundChannels } from '../../../src-shared/modules/lostfound';
import { callerOf, type Ctx } from '../../ipc/context';
import { nextDailyNo } from '../../db/daily-number';
import { realDate } from '../passes/checks';
import { msg } from './messages';
import { categoryName, itemsWhere, mustFindItem } from './queries';
import { reportSearch } from './search';
import type { MatchFragment } from '../../search/query';
import { cached, sqlLimit } from '../../db/statements';

type ReportInput = ParsedInputOf<(typeof lostfoundChannels)['lostfound.reports.create']>;

type RawReport = Omit<LfReportRow, 'categoryName' | 'category' | 'status'> & { category: string; status: string };

const REPORT_SELECT = `SELECT r.id, r.report_no AS reportNo, r.reporter_name AS reporterName, r.reporter_phone AS reporterPhone,
    r.item_name AS itemName, r.category, r.lost_place AS lostPlace, r.lost_date AS lostDate, r.description, r.status,
    r.closed_at AS closedAt, r.closed_note AS closedNote, r.created_at AS createdAt, u.display_name AS createdBy
  FROM lostfound_reports r JOIN users u ON u.id = r.created_by`;

export function reportsWhere(ctx: Ctx, where: string, ...params: unknown[]): LfReportRow[] {
  return (cached(ctx.db, `${REPORT_SELECT} WHERE ${where}`).all(...params) as RawReport[]).map((r) => ({
    ...r,
    category: r.category as LfCategory,
    categoryName: categoryName(r.category),
    status: r.status as 'open' | 'closed',
  }));
}

export function reportById(ctx: Ctx, id: number): LfReportRow {
  const r = reportsWhere(ctx, 'r.id = ?', id)[0];
  if (!r) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityReport') });
  return r;
}

export function createReport(ctx: Ctx, input: ReportInput): number {
  const caller = callerOf(ctx);
  realDate(input.lostDate, 'lostDate');
  if (input.lostDate > dayjs(ctx.now).format('YYYY-MM-DD')) throw new DeskError('VALIDATION', {}, { lostDate: msg(ctx, 'timeFuture') });
  const no = nextDailyNo(ctx.db, 'lostfound_reports', 'report_day', 'YS', ctx.now);
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO lostfound_reports(report_no, report_day, seq, reporter_name, reporter_phone, item_name, category, lost_place,
           lost_date, description, status, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
      )
      .run(no.no, no.day, no.seq, input.reporterName, input.reporterPhone, input.itemName, input.category, input.lostPlace, input.lostDate,
        input.description, ctx.now.toISOString(), caller.userId).lastInsertRowid,
  );
  reportSearch.put(ctx.db, id, { no: no.no, name: input.itemName, text: input.description, place: input.lostPlace, person: input.reporterName, phone: input.reporterPhone });
  ctx.note({
    entity: 'lostfound_report',
    entityId: id,
    summary: `失物报失 ${no.no}：${input.reporterName} ${input.lostDate} 在 ${input.lostPlace || '未知地点'} 遗失 ${input.itemName}（${categoryName(input.category)}）`,
  });
  return id;
}

export function closeReport(ctx: Ctx, id: number, note: string): void {
  const caller = callerOf(ctx);
  const r = reportById(ctx, id);
  if (r.status !== 'open') throw new DeskError('CONFLICT', { what: msg(ctx, 'reportClosed', { no: r.reportNo }) });
  ctx.db.prepare(`UPDATE lostfound_reports SET status = 'closed', closed_at = ?, closed_by = ?, closed_note = ? WHERE id = ?`).run(ctx.now.toISOString(), caller.userId, note, id);
  ctx.note({ entity: 'lostfound_report', entityId: id, summary: `报失结案 ${r.reportNo}（${r.reporterName} ${r.itemName}）：${note}` });
}

export function searchReports(ctx: Ctx, input: { q: string; status: string; limit: number; before?: number }): LfReportRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.status !== 'all') {
    where.push('r.status = ?');
    params.push(input.status);
  }
  if (input.before) {
    where.push('r.id < ?');
    params.push(input.before);
  }
  const run = (match: MatchFragment | null, limit: number) => {
    const all = match ? [...where, `r.id IN (${match.sql})`] : where;
    return reportsWhere(ctx, `${all.length ? all.join(' AND ') : '1'} ORDER BY r.id DESC ${sqlLimit(limit)}`, ...params, ...(match?.params ?? []));
  };
  if (!input.q) return run(null, input.limit);
  return reportSearch.page(ctx.db, input.q, input, run) ?? [];
}

/** Character pairs of Chinese runs and whole latin/digit words: the units two descriptions are compared by. */
export function grams(text: string): Set<string> {
  const out = new Set<string>();
  const s = text.normalize('NFKC').toLowerCase();
  for (const run of s.match(/[\u4e00-\u9fff]+/g) ?? []) {
    const chars = [...run];
    if (chars.length === 1) out.add(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  }
  for (const word of s.match(/[a-z0-9]{2,}/g) ?? []) out.add(word);
  return out;
}

/**
 * What two texts have in common, for the reasons shown: the character pairs of `a` found in `b`, joined where they
 * overlap (黑色、色双、双肩 → 黑色双肩), and whole latin/digit words. `count` is the number of pairs and words.
 */
export function common(a: string, b: string): { count: number; parts: string[] } {
  const theirs = grams(b);
  const parts: string[] = [];
  let count = 0;
  const s = a.normalize('NFKC').toLowerCase();
  for (const run of s.match(/[\u4e00-\u9fff]+/g) ?? []) {
    const chars = [...run];
    const covered = new Array<boolean>(chars.length).fill(false);
    if (chars.length === 1 && theirs.has(chars[0])) covered[0] = true;
    for (let i = 0; i + 1 < chars.length; i++) {
      if (theirs.has(chars[i] + chars[i + 1])) {
        covered[i] = covered[i + 1] = true;
        count++;
      }
    }
    let cur = '';
    chars.forEach((c, i) => {
      if (covered[i]) cur += c;
      else if (cur) {
        parts.push(cur);
        cur = '';
      }
    });
    if (cur) parts.push(cur);
  }
  for (const word of new Set(s.match(/[a-z0-9]{2,}/g) ?? [])) {
    if (theirs.has(word)) {
      count++;
      parts.push(word);
    }
  }
  if (count === 0 && parts.length) count = parts.length;
  return { count, parts: [...new Set(parts)] };
}

/** Found within 2 days before the loss (reported late, the date misremembered) to 30 days after. */
const WINDOW_BEFORE = 2;
const WINDOW_AFTER = 30;
const MIN_SCORE = 40;

/**
 * Scores a report against a found item: same category 40, found within the date window 20 (outside it: no match),
 * place words in common up to 20, description words in common up to 20. Below 40 (e.g. another category with a
 * word or two alike) it is not shown.
 */
export function score(report: LfReportRow, item: LfItemRow): LfMatch | null {
  const lost = dayjs(report.lostDate);
  const foundDay = dayjs(dayjs(item.foundAt).format('YYYY-MM-DD'));
  const days = foundDay.diff(lost, 'day');
  if (days < -WINDOW_BEFORE || days > WINDOW_AFTER) return null;
  const reasons: string[] = [];
  let total = 20;
  if (report.category === item.category) {
    total += 40;
    reasons.push(`类别相同（${item.categoryName}）`);
  }
  reasons.push(days >= 0 ? `日期相符（遗失后第 ${days} 天拾得）` : `日期相近（遗失前 ${-days} 天拾得）`);
  const place = report.lostPlace ? common(report.lostPlace, `${item.foundPlace} ${item.noticePlace}`) : { count: 0, parts: [] };
  if (place.count) {
    total += Math.min(20, 10 * place.count);
    reasons.push(`地点相近：${place.parts.join('、')}`);
  }
  const desc = common(`${report.itemName} ${report.description}`, `${item.name} ${item.features}`);
  if (desc.count) {
    total += Math.min(20, 5 * desc.count);
    reasons.push(`描述相似：${desc.parts.slice(0, 6).join('、')}`);
  }
  if (total < MIN_SCORE) return null;
  return { score: total, reasons, item, report };
}

const byScore = (a: LfMatch, b: LfMatch) => b.score - a.score;

/** The days `before`..`after` around `day`, as the BETWEEN bounds of a day column. */
function daysAround(day: dayjs.Dayjs, before: number, after: number): [string, string] {
  return [day.subtract(before, 'day').format('YYYY-MM-DD'), day.add(after, 'day').format('YYYY-MM-DD')];
}

/** The candidates that scored at all, best first, at most 20: the desk reads a short list, not every weak hint. */
function best(scored: (LfMatch | null)[]): LfMatch[] {
  return scored
    .filter((m): m is LfMatch => m !== null)
    .sort(byScore)
    .slice(0, 20);
}

/** Items in custody matching a report, best first (at most 20). */
export function matchesForReport(ctx: Ctx, reportId: number): LfMatch[] {
  const r = reportById(ctx, reportId);
  const items = itemsWhere(ctx, `i.status = 'in_custody' AND i.found_day BETWEEN ? AND ?`, ...daysAround(dayjs(r.lostDate), WINDOW_BEFORE, WINDOW_AFTER));
  return best(items.map((i) => score(r, i))).map((m) => ({ ...m, report: null }));
}

/** Open reports matching a found item, best first (at most 20). */
export function matchesForItem(ctx: Ctx, itemId: number): LfMatch[] {
  const item = mustFindItem(ctx, itemId);
  const found = dayjs(dayjs(item.foundAt).format('YYYY-MM-DD'));
  const reports = reportsWhere(ctx, `r.status = 'open' AND r.lost_date BETWEEN ? AND ?`, ...daysAround(found, WINDOW_AFTER, WINDOW_BEFORE));
  return best(reports.map((r) => score(r, item))).map((m) => ({ ...m, item: null }));
}
