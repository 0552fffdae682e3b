import dayjs from 'dayjs';
import { DeskError } from '../../../src-shared/errors';
import { translate } from '../../../src-shared/i18n';
import type { PassEntryRow, PassRow } from '../../../src-shared/modules/passes';
import { callerOf, type Ctx } from '../../ipc/context';
import { entryRows, passByNumber } from './queries';

export const scopeLabel = (ctx: Ctx, p: PassRow) =>
  p.allBuildings ? translate(ctx.lang, 'passes.allBuildings') : p.buildings.map((b) => b.name).join('、');

export interface Admission {
  /** With the full ID number: main only. */
  pass: PassRow & { idNumber: string };
  entry: PassEntryRow;
  building: { id: number; name: string } | null;
}

/**
 * A scanned pass at the door: refuses a revoked, not-yet-valid, expired or out-of-scope pass with the reason, and
 * records the entry. Used by the pass scan itself and by the visitor desk's check-in by pass.
 */
export function admitPass(ctx: Ctx, rawNumber: string, buildingId: number | undefined): Admission {
  const caller = callerOf(ctx);
  const today = dayjs(ctx.now).format('YYYY-MM-DD');
  const number = rawNumber.normalize('NFKC').toUpperCase().replace(/\s+/g, '');
  const pass = passByNumber(ctx.db, number, today);
  if (!pass) throw new DeskError('NOT_FOUND', { entity: `出入证 ${number}` });
  const who = { number: pass.number, holder: pass.holderName };
  if (pass.status === 'revoked') {
    throw new DeskError('PASS_REVOKED', { ...who, date: dayjs(pass.revokedAt).format('YYYY-MM-DD'), reason: pass.revokeReason ?? '' });
  }
  if (pass.status === 'not_yet_valid') throw new DeskError('PASS_NOT_YET_VALID', { ...who, date: pass.validFrom });
  if (pass.status === 'expired') throw new DeskError('PASS_EXPIRED', { ...who, date: pass.validTo });
  let building: { id: number; name: string } | null = null;
  if (buildingId) {
    const name = ctx.db.prepare('SELECT name FROM buildings WHERE id = ?').pluck().get(buildingId) as string | undefined;
    if (!name) throw new DeskError('NOT_FOUND', { entity: '楼栋' }, { buildingId: '楼栋不存在' });
    if (!pass.allBuildings && !pass.buildings.some((b) => b.id === buildingId)) {
      throw new DeskError('PASS_OUT_OF_SCOPE', { ...who, building: name, scope: scopeLabel(ctx, pass) });
    }
    building = { id: buildingId, name };
  } else if (!pass.allBuildings && pass.buildings.length === 1) {
    // A pass for one building can only mean that building.
    building = pass.buildings[0];
  }
  const { lastInsertRowid } = ctx.db
    .prepare('INSERT INTO pass_entries (pass_id, building_id, at, receptionist_id) VALUES (?, ?, ?, ?)')
    .run(pass.id, building?.id ?? null, ctx.now.toISOString(), caller.userId);
  const entry = entryRows(ctx.db, { id: Number(lastInsertRowid) })[0];
  return { pass, entry, building };
}
