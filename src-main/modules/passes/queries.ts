import type { Database } from 'better-sqlite3';
import type { IdDocType, PassCategory, PassEntryRow, PassRow, PassStatus } from '../../../src-shared/modules/passes';
import { maskIdNumber } from '../../../src-shared/rules/text';
import { passSearch } from './search';
import { cached, sqlLimit } from '../../db/statements';
import type { MatchFragment } from '../../search/query';

interface RawPass {
  id: number;
  number: string;
  holderName: string;
  idType: IdDocType;
  idNumber: string;
  phone: string;
  company: string;
  category: PassCategory;
  validFrom: string;
  validTo: string;
  allBuildings: number;
  buildingsJson: string;
  hasPhoto: number;
  remarks: string;
  issuedAt: string;
  issuedByName: string;
  revokedAt: string | null;
  revokedByName: string | null;
  revokeReason: string | null;
  entryCount: number;
}

const PASS_SELECT = `SELECT p.id, p.number, p.holder_name AS holderName, p.id_type AS idType, p.id_number AS idNumber, p.phone,
    p.company, p.category, p.valid_from AS validFrom, p.valid_to AS validTo, p.all_buildings AS allBuildings,
    (SELECT json_group_array(json_object('id', b.id, 'name', b.name)) FROM pass_buildings pb JOIN buildings b ON b.id = pb.building_id
      WHERE pb.pass_id = p.id) AS buildingsJson,
    p.photo IS NOT NULL AS hasPhoto, p.remarks, p.issued_at AS issuedAt, ui.display_name AS issuedByName,
    p.revoked_at AS revokedAt, ur.display_name AS revokedByName, p.revoke_reason AS revokeReason,
    (SELECT count(*) FROM pass_entries e WHERE e.pass_id = p.id) AS entryCount
  FROM passes p JOIN users ui ON ui.id = p.issued_by LEFT JOIN users ur ON ur.id = p.revoked_by`;

/** Where a pass stands on a given day (YYYY-MM-DD, the desk's local date). */
export function passStatus(p: { revokedAt: string | null; validFrom: string; validTo: string }, today: string): PassStatus {
  if (p.revokedAt) return 'revoked';
  if (today < p.validFrom) return 'not_yet_valid';
  if (today > p.validTo) return 'expired';
  return 'valid';
}

const STATUS_SQL: Record<string, string> = {
  all: '1 = 1',
  revoked: 'p.revoked_at IS NOT NULL',
  expired: 'p.revoked_at IS NULL AND p.valid_to < @today',
  not_yet_valid: 'p.revoked_at IS NULL AND p.valid_from > @today',
  valid: 'p.revoked_at IS NULL AND p.valid_from <= @today AND p.valid_to >= @today',
};

function toRow(r: RawPass, today: string): PassRow & { idNumber: string } {
  const buildings = (JSON.parse(r.buildingsJson) as { id: number; name: string }[]).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return {
    id: r.id,
    number: r.number,
    holderName: r.holderName,
    idType: r.idType,
    idNumber: r.idNumber,
    idNumberMasked: maskIdNumber(r.idNumber),
    phone: r.phone,
    company: r.company,
    category: r.category,
    validFrom: r.validFrom,
    validTo: r.validTo,
    buildings: r.allBuildings ? [] : buildings,
    allBuildings: r.allBuildings === 1,
    hasPhoto: r.hasPhoto === 1,
    remarks: r.remarks,
    status: passStatus(r, today),
    issuedAt: r.issuedAt,
    issuedByName: r.issuedByName,
    revokedAt: r.revokedAt,
    revokedByName: r.revokedByName,
    revokeReason: r.revokeReason,
    entryCount: r.entryCount,
  };
}

/** Strips the full ID number before a row leaves main. */
export function publicRow(row: PassRow & { idNumber: string }): PassRow {
  const { idNumber: _full, ...rest } = row;
  void _full;
  return rest;
}

export function passById(db: Database, id: number, today: string): (PassRow & { idNumber: string }) | null {
  const raw = db.prepare(`${PASS_SELECT} WHERE p.id = ?`).get(id) as RawPass | undefined;
  return raw ? toRow(raw, today) : null;
}

export function passByNumber(db: Database, number: string, today: string): (PassRow & { idNumber: string }) | null {
  const raw = db.prepare(`${PASS_SELECT} WHERE p.number = ?`).get(number) as RawPass | undefined;
  return raw ? toRow(raw, today) : null;
}

export function searchPasses(
  db: Database,
  query: { q: string; status: string; limit: number; before?: number },
  today: string,
): PassRow[] {
  const run = (match: MatchFragment | null, limit: number) => {
    const sql = `${PASS_SELECT} WHERE ${match ? `p.id IN (${match.sql}) AND` : ''} ${STATUS_SQL[query.status]}
      AND (@before IS NULL OR p.id < @before) ORDER BY p.id DESC ${sqlLimit(limit)}`;
    return cached(db, sql).all(...(match?.params ?? []), { today, before: query.before ?? null }) as RawPass[];
  };
  return (passSearch.page(db, query.q, query, run) ?? run(null, query.limit)).map((r) => publicRow(toRow(r, today)));
}

/** Passes issued in a period (by issue date, local), oldest first; the register. */
export function passesIssued(db: Database, from: string | null, to: string | null, today: string): (PassRow & { idNumber: string })[] {
  const rows = db
    .prepare(`${PASS_SELECT} WHERE (@from IS NULL OR p.issued_day >= @from) AND (@to IS NULL OR p.issued_day <= @to) ORDER BY p.year, p.seq`)
    .all({ from, to }) as RawPass[];
  return rows.map((r) => toRow(r, today));
}

export function entryRows(db: Database, filter: { id?: number; passId?: number; from?: string; to?: string }): PassEntryRow[] {
  return db
    .prepare(
      `SELECT e.id, e.pass_id AS passId, p.number, p.holder_name AS holderName, p.company, b.name AS buildingName, e.at,
              u.display_name AS receptionistName
       FROM pass_entries e JOIN passes p ON p.id = e.pass_id JOIN users u ON u.id = e.receptionist_id
       LEFT JOIN buildings b ON b.id = e.building_id
       WHERE (@id IS NULL OR e.id = @id) AND (@pass IS NULL OR e.pass_id = @pass)
         AND (@from IS NULL OR e.at >= @from) AND (@to IS NULL OR e.at < @to)
       ORDER BY e.id DESC LIMIT 2000`,
    )
    .all({ id: filter.id ?? null, pass: filter.passId ?? null, from: filter.from ?? null, to: filter.to ?? null }) as PassEntryRow[];
}
