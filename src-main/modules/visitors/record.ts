import dayjs from 'dayjs';
import type { IdDocType } from '../../../src-shared/rules/id-doc';
import type { VisitRow } from '../../../src-shared/modules/visitors';
import { cached } from '../../db/statements';
import { callerOf, type Ctx } from '../../ipc/context';
import { visitSearch, personSearch } from './search';

/** Everything a new visit row holds: the output's own fields plus what only main keeps; who and when come from the call. */
export type NewVisit = Pick<
  VisitRow,
  'name' | 'idType' | 'phone' | 'company' | 'purpose' | 'unitId' | 'unitLabel' | 'buildingId' | 'buildingName' | 'occupantId'
  | 'hostName' | 'partySize' | 'plate' | 'remarks' | 'idOverrideReason'
> & {
  personId: number | null;
  passId: number | null;
  idNumber: string;
  blocklistId: number | null;
  overrideBy: number | null;
  overrideReason: string | null;
};

/** Inserts the visit with the next number of the day (FK-YYYYMMDD-NNNN, no gaps) and indexes it for search. */
export function insertVisit(ctx: Ctx, v: NewVisit): { id: number; visitNo: string } {
  const caller = callerOf(ctx);
  const day = dayjs(ctx.now).format('YYYY-MM-DD');
  const seq = cached(ctx.db, 'SELECT coalesce(max(seq), 0) + 1 FROM visits WHERE visit_day = ?', 'pluck').get(day) as number;
  const visitNo = `FK-${day.replace(/-/g, '')}-${String(seq).padStart(4, '0')}`;
  const id = Number(
    cached(
      ctx.db,
      `INSERT INTO visits (visit_no, visit_day, seq, person_id, pass_id, name, id_type, id_number, phone, company, purpose, unit_id,
           unit_label, building_id, building_name, occupant_id, host_name, party_size, plate, remarks, id_override_reason, blocklist_id,
           override_by, override_reason, checked_in_at, checked_in_by)
         VALUES (@visitNo, @day, @seq, @personId, @passId, @name, @idType, @idNumber, @phone, @company, @purpose, @unitId, @unitLabel,
           @buildingId, @buildingName, @occupantId, @hostName, @partySize, @plate, @remarks, @idOverrideReason, @blocklistId,
           @overrideBy, @overrideReason, @at, @by)`,
    ).run({ ...v, visitNo, day, seq, at: ctx.now.toISOString(), by: caller.userId }).lastInsertRowid,
  );
  visitSearch.put(ctx.db, id, { ...v, visitNo, purged: false });
  return { id, visitNo };
}

/**
 * Who a returning visitor is: the same document (type and number) is the same person; without a number, the same
 * name and phone. Purged people have a key of their own, so a later visit starts a fresh record.
 */
export function personKey(v: { idType: IdDocType; idNumber: string; name: string; phone: string }): string {
  return v.idNumber ? `id:${v.idType}:${v.idNumber}` : `np:${v.name}|${v.phone}`;
}

/** Creates or refreshes the returning-visitor record with this visit's details; returns its id. */
export function upsertPerson(ctx: Ctx, existingId: number | null, v: NewVisit): number {
  const params = {
    key: personKey(v), name: v.name, idType: v.idType, idNumber: v.idNumber, phone: v.phone, company: v.company, plate: v.plate,
    unitId: v.unitId, unitLabel: v.unitLabel, occupantId: v.occupantId, hostName: v.hostName, purpose: v.purpose, at: ctx.now.toISOString(),
  };
  let id = existingId;
  if (id) {
    cached(
      ctx.db,
      `UPDATE visitor_people SET person_key = @key, name = @name, id_type = @idType, id_number = @idNumber, phone = @phone,
           company = @company, plate = @plate, last_unit_id = @unitId, last_unit_label = @unitLabel, last_occupant_id = @occupantId,
           last_host_name = @hostName, last_purpose = @purpose, visit_count = visit_count + 1, last_seen_at = @at, purged = 0
         WHERE id = @id`,
    ).run({ ...params, id });
  } else {
    id = Number(
      cached(
        ctx.db,
        `INSERT INTO visitor_people (person_key, name, id_type, id_number, phone, company, plate, last_unit_id, last_unit_label,
             last_occupant_id, last_host_name, last_purpose, visit_count, last_seen_at)
           VALUES (@key, @name, @idType, @idNumber, @phone, @company, @plate, @unitId, @unitLabel, @occupantId, @hostName, @purpose, 1, @at)`,
      ).run(params).lastInsertRowid,
    );
  }
  personSearch.put(ctx.db, id, { name: v.name, company: v.company, phone: v.phone, idNumber: v.idNumber, purged: false });
  return id;
}
