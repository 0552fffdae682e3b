import dayjs from 'dayjs';
import type { HandoverFigure } from '../../../src-shared/modules/handover';
import type { Ctx } from '../../ipc/context';
import { parcelsOverdue, parcelsWaiting } from '../home/counts';
import { openLoans } from '../keys/lending';
import { onSite } from '../visitors/queries';

const hhmm = (iso: string) => dayjs(iso).format('MM-DD HH:mm');

/**
 * The start of the shift being handed over: the last confirmed handover. Before the first one the desk looks back one
 * 24-hour shift, the desk's usual shift (DOMAIN: lobby desk, 24 h shifts).
 */
export function shiftStart(ctx: Ctx): { since: string | null; from: string } {
  const since = ctx.db.prepare(`SELECT max(confirmed_at) FROM handovers WHERE status = 'confirmed'`).pluck().get() as string | null;
  return { since, from: since ?? dayjs(ctx.now).subtract(24, 'hour').toISOString() };
}

/**
 * What the outgoing receptionist hands over, taken by the desk itself from the modules' own lists (keys `openLoans`,
 * visitors `onSite`, the home screen's parcel counts), so the report cannot say less than the records do.
 * The lines are a snapshot in Chinese, as the paper duty log would hold them.
 */
export function shiftFigures(ctx: Ctx, from: string): HandoverFigure[] {
  const loans = openLoans(ctx, false);
  const keys = loans.map((l) => `${l.keyCode} ${l.keyName}（${l.borrowerName}，应还 ${hhmm(l.expectedAt)}${l.overdue ? '，已逾期' : ''}）`);

  const held = parcelsWaiting(ctx);
  const late = parcelsOverdue(ctx);
  const parcels = late.value ? [`其中超过 ${late.agingDays} 天未取 ${late.value} 件`] : [];

  const site = onSite(ctx.db, '');
  const visits = site.buildings.flatMap((b) => b.visits);
  const visitors = visits.map((v) => {
    const where = v.unitLabel || v.buildingName || v.hostName || v.company;
    return `${v.name}${where ? `（${where}）` : ' '}${v.partySize} 人，${hhmm(v.checkedInAt)} 到访`;
  });

  // intake_day narrows to the shift's days on its index; registered_at cuts at the exact handover moment.
  const found = ctx.db
    .prepare(
      `SELECT item_no AS itemNo, name, quantity, status FROM lostfound_items
       WHERE intake_day >= ? AND registered_at > ? AND registered_at <= ? ORDER BY id`,
    )
    .all(dayjs(from).format('YYYY-MM-DD'), from, ctx.now.toISOString()) as { itemNo: string; name: string; quantity: number; status: string }[];
  const foundLines = found.map((f) => `${f.itemNo} ${f.name} × ${f.quantity}${f.status === 'in_custody' ? '' : '（已离开保管）'}`);

  return [
    { item: 'keys_out', reported: loans.length, lines: keys, counted: null, note: '' },
    { item: 'parcels_held', reported: held, lines: parcels, counted: null, note: '' },
    { item: 'visitors_on_site', reported: visits.length, lines: visitors, counted: null, note: '' },
    { item: 'found_items', reported: found.length, lines: foundLines, counted: null, note: '' },
  ];
}
