import type { Database } from 'better-sqlite3';
import type { CheckoutKind, OnSite, OnSiteGroup, VisitorPersonRow, VisitRow } from '../../../src-shared/modules/visitors';
import { maskIdNumber } from '../../../src-shared/rules/text';
import { cached, sqlLimit } from '../../db/statements';
import type { MatchFragment } from '../../search/query';
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

export const VISIT_SELECT = `SELECT v.id, v.visit_no AS visitNo, v.name, v.id_type AS idType, v.id_number AS idNumber, v.phone, v.company,
    v.purpose, v.unit_id AS unitId, v.unit_label AS unitLabel, v.building_id AS buildingId, v.building_name AS buildingName,
    v.occupant_id AS occupantId, v.host_name AS hostName, v.party_size AS partySize, v.plate, v.remarks,
    p.number AS passNumber, v.pass_id AS passId, v.person_id AS personId,
    v.checked_in_at AS checkedInAt, ui.display_name AS checkedInBy, v.checked_out_at AS checkedOutAt,
    uo.display_name AS checkedOutBy, v.checkout_kind AS checkoutKind, v.id_override_reason AS idOverrideReason,
    um.display_name AS overrideBy, v.override_reason AS overrideReason, v.purged
  FROM visits v JOIN users ui ON ui.id = v.checked_in_by LEFT JOIN users uo ON uo.id = v.checked_out_by
  LEFT JOIN users um ON um.id = v.override_by LEFT JOIN passes p ON p.id = v.pass_id`;

// Built field by field: rows come from better-sqlite3 as dictionary-mode objects, on which V8's object rest and
// spread take a slow path that cost more than the query itself on a page of 50 (issue 10's benchmark).
function toVisit(r: RawVisit): FullVisit {
  return {
    ...publicFields(r),
    idNumber: r.idNumber,
    personId: r.personId,
    passId: r.passId,
  };
}

function publicFields(r: RawVisit): VisitRow {
  return {
    id: r.id,
    visitNo: r.visitNo,
    name: r.name,
    idType: r.idType,
    idNumberMasked: r.purged ? r.idNumber : maskIdNumber(r.idNumber),
    phone: r.phone,
    company: r.company,
    purpose: r.purpose,
    unitId: r.unitId,
    unitLabel: r.unitLabel,
    buildingId: r.buildingId,
    buildingName: r.buildingName,
    occupantId: r.occupantId,
    hostName: r.hostName,
    partySize: r.partySize,
    plate: r.plate,
    remarks: r.remarks,
    passNumber: r.passNumber,
    checkedInAt: r.checkedInAt,
    checkedInBy: r.checkedInBy,
    checkedOutAt: r.checkedOutAt,
    checkedOutBy: r.checkedOutBy,
    checkoutKind: r.checkoutKind as CheckoutKind | null,
    idOverrideReason: r.idOverrideReason,
    blocklistOverride: r.overrideBy ? { by: r.overrideBy, reason: r.overrideReason ?? '' } : null,
    purged: r.purged === 1,
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

const VISIT_BY_ID = `${VISIT_SELECT} WHERE v.id = ?`;

export function visitById(db: Database, id: number): FullVisit | null {
  const raw = cached(db, VISIT_BY_ID).get(id) as RawVisit | undefined;
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
  const run = (match: MatchFragment | null, limit: number) => {
    const sql = `${VISIT_SELECT} WHERE ${match ? `v.id IN (${match.sql}) AND` : ''}
        (@from IS NULL OR v.visit_day >= @from) AND (@to IS NULL OR v.visit_day <= @to)
        AND (@open = 0 OR v.checked_out_at IS NULL) AND (@before IS NULL OR v.id < @before)
      ORDER BY v.id DESC ${sqlLimit(limit)}`;
    return cached(db, sql).all(...(match?.params ?? []), {
      from: query.from ?? null,
      to: query.to ?? null,
      open: query.onSiteOnly ? 1 : 0,
      before: query.before ?? null,
    }) as RawVisit[];
  };
  const rows = visitSearch.page(db, query.q, query, run) ?? run(null, query.limit);
  return rows.map(publicFields);
}

/** Building names in the order people read them (2栋 before 10栋); one collator, as `localeCompare` builds one per call. */
const BUILDING_ORDER = new Intl.Collator('zh-CN', { numeric: true });

/** Everyone checked in and not out, by building (visits without one last), oldest arrival first. */
export function onSite(db: Database, noBuilding: string, buildingId?: number): OnSite {
  const rows = (
    cached(db, `${VISIT_SELECT} WHERE v.checked_out_at IS NULL AND (@building IS NULL OR v.building_id = @building) ORDER BY v.checked_in_at, v.id`).all({
      building: buildingId ?? null,
    }) as RawVisit[]
  ).map(publicFields);
  const groups = new Map<string, OnSiteGroup>();
  for (const v of rows) {
    const key = v.buildingId === null ? '' : String(v.buildingId);
    const group = groups.get(key) ?? { buildingId: v.buildingId, buildingName: v.buildingName || noBuilding, visits: [], people: 0 };
    group.visits.push(v);
    group.people += v.partySize;
    groups.set(key, group);
  }
  const buildings = [...groups.values()].sort((a, b) =>
    a.buildingId === null ? 1 : b.buildingId === null ? -1 : BUILDING_ORDER.compare(a.buildingName, b.buildingName),
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

export const PERSON_SELECT = `SELECT id, name, id_type AS idType, id_number AS idNumber, phone, company, plate, last_unit_id AS lastUnitId,
    last_unit_label AS lastUnitLabel, last_occupant_id AS lastOccupantId, last_host_name AS lastHostName, last_purpose AS lastPurpose,
    visit_count AS visitCount, last_seen_at AS lastSeenAt, purged
  FROM visitor_people`;

export type FullPerson = VisitorPersonRow & { idNumber: string; purged: boolean };

function toPerson(r: RawPerson): FullPerson {
  return { ...personFields(r), idNumber: r.idNumber, purged: r.purged === 1 };
}

// Field by field, like publicFields: no spread of a raw row.
function personFields(r: RawPerson): VisitorPersonRow {
  return {
    id: r.id,
    name: r.name,
    idType: r.idType,
    idNumberMasked: r.purged ? r.idNumber : maskIdNumber(r.idNumber),
    hasIdNumber: r.purged === 0 && r.idNumber !== '',
    phone: r.phone,
    company: r.company,
    plate: r.plate,
    lastUnitId: r.lastUnitId,
    lastUnitLabel: r.lastUnitLabel,
    lastOccupantId: r.lastOccupantId,
    lastHostName: r.lastHostName,
    lastPurpose: r.lastPurpose,
    visitCount: r.visitCount,
    lastSeenAt: r.lastSeenAt,
  };
}

export function publicPerson(p: FullPerson): VisitorPersonRow {
  const { idNumber: _id, purged: _purged, ...rest } = p;
  void _id;
  void _purged;
  return rest;
}

const PERSON_BY_ID = `${PERSON_SELECT} WHERE id = ?`;
const PERSON_BY_KEY = `${PERSON_SELECT} WHERE person_key = ?`;

export function personById(db: Database, id: number): FullPerson | null {
  const raw = cached(db, PERSON_BY_ID).get(id) as RawPerson | undefined;
  return raw ? toPerson(raw) : null;
}

export function personByKey(db: Database, key: string): FullPerson | null {
  const raw = cached(db, PERSON_BY_KEY).get(key) as RawPerson | undefined;
  return raw ? toPerson(raw) : null;
}

/** Returning visitors for what was typed, the most recently seen first. */
export function searchPeople(db: Database, q: string, limit: number): VisitorPersonRow[] {
  const match = personSearch.match(q);
  if (!match) return [];
  const rows = cached(db, `${PERSON_SELECT} WHERE id IN (${match.sql}) ORDER BY last_seen_at DESC, id DESC ${sqlLimit(limit)}`).all(...match.params) as RawPerson[];
  return rows.map(personFields);
}

const OPEN_OF_PERSON = `${VISIT_SELECT} WHERE v.person_id = ? AND v.checked_out_at IS NULL ORDER BY v.id DESC LIMIT 1`;
const OPEN_OF_PASS = `${VISIT_SELECT} WHERE v.pass_id = ? AND v.checked_out_at IS NULL ORDER BY v.id DESC LIMIT 1`;

/**
 * The open visit of a known person or a pass, if any: nobody is on site twice. Each is one seek along its own index
 * (visits_person; visits_open_pass), so a check-in costs the same with a thousand visitors on site as with none.
 */
export function openVisitOf(db: Database, by: { personId?: number; passId?: number }): FullVisit | null {
  const found = [
    by.personId === undefined ? undefined : (cached(db, OPEN_OF_PERSON).get(by.personId) as RawVisit | undefined),
    by.passId === undefined ? undefined : (cached(db, OPEN_OF_PASS).get(by.passId) as RawVisit | undefined),
  ].filter((r): r is RawVisit => r !== undefined);
  const raw = found.sort((a, b) => b.id - a.id)[0];
  return raw ? toVisit(raw) : null;
}

