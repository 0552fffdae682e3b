import type { Database } from 'better-sqlite3';
import type { CheckoutKind, OnSite, OnSiteGroup, VisitorPersonRow, VisitRow } from '../../../src-shared/modules/visitors';
import { maskIdNumber } from '../../../src-shared/rules/text';
import { personSearch, visitSearch } from './search';

/** A visit as selected: the output's fields plus the stored full ID number, which never leaves main. */
type RawVisit = Omit<VisitRow, 'idNumberMasked' | 'blocklistOverride' | 'purged'> & {
  idNumber: string;
  personId: number | null;
  passId: number | null;
  overrideBy: string | null;
  overrideReason: string | null;
  purged: number;
};

export type FullVisit = VisitRow & { idNumber: string; personId: number | null; passId: number | null };

const VISIT_SELECT = `SELECT v.id, v.visit_no AS visitNo, v.name, v.id_type AS idType, v.id_number AS idNumber, v.phone, v.company,
    v.purpose, v.unit_id AS unitId, v.unit_label AS unitLabel, v.building_id AS buildingId, v.building_name AS buildingName,
    v.occupant_id AS occupantId, v.host_name AS hostName, v.party_size AS partySize, v.plate, v.remarks,
    p.number AS passNumber, v.pass_id AS passId, v.person_id AS personId,
    v.checked_in_at AS checkedInAt, ui.display_name AS checkedInBy, v.checked_out_at AS checkedOutAt,
    uo.display_name AS checkedOutBy, v.checkout_kind AS checkoutKind, v.id_override_reason AS idOverrideReason,
    um.display_name AS overrideBy, v.override_reason AS overrideReason, v.purged
  FROM visits v JOIN users ui ON ui.id = v.checked_in_by LEFT JOIN users uo ON uo.id = v.checked_out_by
  LEFT JOIN users um ON um.id = v.override_by LEFT JOIN passes p ON p.id = v.pass_id`;

function toVisit(r: RawVisit): FullVisit {
  const { overrideBy, overrideReason, purged, ...rest } = r;
  return {
    ...rest,
    checkoutKind: r.checkoutKind as CheckoutKind | null,
    idNumberMasked: purged ? r.idNumber : maskIdNumber(r.idNumber),
    blocklistOverride: overrideBy ? { by: overrideBy, reason: overrideReason ?? '' } : null,
    purged: purged === 1,
  };
}

/** Strips what only main may hold before a row leaves it. */
export function publicVisit(v: FullVisit): VisitRow {
  const { idNumber: _id, personId: _person, passId: _pass, ...rest } = v;
  void _id;
  void _person;
  void _pass;
  return rest;
}

export function visitById(db: Database, id: number): FullVisit | null {
  const raw = db.prepare(`${VISIT_SELECT} WHERE v.id = ?`).get(id) as RawVisit | undefined;
  return raw ? toVisit(raw) : null;
}

export function visitByNumber(db: Database, visitNo: string): FullVisit | null {
  const raw = db.prepare(`${VISIT_SELECT} WHERE v.visit_no = ?`).get(visitNo) as RawVisit | undefined;
  return raw ? toVisit(raw) : null;
}

export interface VisitQuery {
  q: string;
  from?: string;
  to?: string;
  onSiteOnly: boolean;
  limit: number;
  before?: number;
}

/** Newest first, keyset-paged by id, so the first page costs the same on ten years of visits as on one day. */
export function searchVisits(db: Database, query: VisitQuery): VisitRow[] {
  const match = visitSearch.match(query.q);
  const sql = `${VISIT_SELECT} WHERE ${match ? `v.id IN (${match.sql}) AND` : ''}
      (@from IS NULL OR v.visit_day >= @from) AND (@to IS NULL OR v.visit_day <= @to)
      AND (@open = 0 OR v.checked_out_at IS NULL) AND (@before IS NULL OR v.id < @before)
    ORDER BY v.id DESC LIMIT @limit`;
  const rows = db.prepare(sql).all(...(match?.params ?? []), {
    from: query.from ?? null,
    to: query.to ?? null,
    open: query.onSiteOnly ? 1 : 0,
    before: query.before ?? null,
    limit: query.limit,
  }) as RawVisit[];
  return rows.map((r) => publicVisit(toVisit(r)));
}

/** Everyone checked in and not out, by building (visits without one last), oldest arrival first. */
export function onSite(db: Database, noBuilding: string, buildingId?: number): OnSite {
  const rows = (
    db
      .prepare(`${VISIT_SELECT} WHERE v.checked_out_at IS NULL AND (@building IS NULL OR v.building_id = @building) ORDER BY v.checked_in_at, v.id`)
      .all({ building: buildingId ?? null }) as RawVisit[]
  ).map((r) => publicVisit(toVisit(r)));
  const groups = new Map<string, OnSiteGroup>();
  for (const v of rows) {
    const key = v.buildingId === null ? '' : String(v.buildingId);
    const group = groups.get(key) ?? { buildingId: v.buildingId, buildingName: v.buildingName || noBuilding, visits: [], people: 0 };
    group.visits.push(v);
    group.people += v.partySize;
    groups.set(key, group);
  }
  const buildings = [...groups.values()].sort((a, b) =>
    a.buildingId === null ? 1 : b.buildingId === null ? -1 : a.buildingName.localeCompare(b.buildingName, 'zh-CN', { numeric: true }),
  );
  return { total: rows.length, people: rows.reduce((n, v) => n + v.partySize, 0), buildings };
}

/** Visits checked in on the days from..to (inclusive), in the order they were registered: the register. */
export function visitsInPeriod(db: Database, from: string, to: string, buildingId?: number): FullVisit[] {
  return (
    db
      .prepare(`${VISIT_SELECT} WHERE v.visit_day BETWEEN @from AND @to AND (@building IS NULL OR v.building_id = @building) ORDER BY v.visit_day, v.seq`)
      .all({ from, to, building: buildingId ?? null }) as RawVisit[]
  ).map(toVisit);
}

/** A returning-visitor record as selected: the output's fields with the stored number and the purge flag. */
type RawPerson = Omit<VisitorPersonRow, 'idNumberMasked' | 'hasIdNumber'> & { idNumber: string; purged: number };

const PERSON_SELECT = `SELECT id, name, id_type AS idType, id_number AS idNumber, phone, company, plate, last_unit_id AS lastUnitId,
    last_unit_label AS lastUnitLabel, last_occupant_id AS lastOccupantId, last_host_name AS lastHostName, last_purpose AS lastPurpose,
    visit_count AS visitCount, last_seen_at AS lastSeenAt, purged
  FROM visitor_people`;

export type FullPerson = VisitorPersonRow & { idNumber: string; purged: boolean };

function toPerson(r: RawPerson): FullPerson {
  const hasIdNumber = r.purged === 0 && r.idNumber !== '';
  return {
    ...r,
    idNumberMasked: r.purged ? r.idNumber : maskIdNumber(r.idNumber),
    hasIdNumber,
    purged: r.purged === 1,
  };
}

export function publicPerson(p: FullPerson): VisitorPersonRow {
  const { idNumber: _id, purged: _purged, ...rest } = p;
  void _id;
  void _purged;
  return rest;
}

export function personById(db: Database, id: number): FullPerson | null {
  const raw = db.prepare(`${PERSON_SELECT} WHERE id = ?`).get(id) as RawPerson | undefined;
  return raw ? toPerson(raw) : null;
}

export function personByKey(db: Database, key: string): FullPerson | null {
  const raw = db.prepare(`${PERSON_SELECT} WHERE person_key = ?`).get(key) as RawPerson | undefined;
  return raw ? toPerson(raw) : null;
}

/** Returning visitors for what was typed, the most recently seen first. */
export function searchPeople(db: Database, q: string, limit: number): VisitorPersonRow[] {
  const match = personSearch.match(q);
  if (!match) return [];
  const rows = db
    .prepare(`${PERSON_SELECT} WHERE id IN (${match.sql}) ORDER BY last_seen_at DESC, id DESC LIMIT ?`)
    .all(...match.params, limit) as RawPerson[];
  return rows.map((r) => publicPerson(toPerson(r)));
}

/** The open visit of a known person or a pass, if any: nobody is on site twice. */
export function openVisitOf(db: Database, by: { personId?: number; passId?: number }): FullVisit | null {
  const raw = db
    .prepare(
      // Only the few open visits are looked at (the partial index), never ten years of closed ones.
      `${VISIT_SELECT} WHERE v.id IN (SELECT id FROM visits INDEXED BY visits_open WHERE checked_out_at IS NULL
         AND (person_id = @person OR pass_id = @pass)) ORDER BY v.id DESC LIMIT 1`,
    )
    .get({ person: by.personId ?? -1, pass: by.passId ?? -1 }) as RawVisit | undefined;
  return raw ? toVisit(raw) : null;
}
