import type { Database } from 'better-sqlite3';
import type { BuildingRow, OccupantRow, UnitRow } from '../../../src-shared/modules/directory';
import { occupantSearch } from './search';
import { cached, sqlLimit } from '../../db/statements';
import type { MatchFragment } from '../../search/query';

export function buildingRows(db: Database, id?: number): BuildingRow[] {
  return db
    .prepare(
      `SELECT b.id, b.name, b.note, (SELECT count(*) FROM units u WHERE u.building_id = b.id) AS unitCount
       FROM buildings b WHERE (? IS NULL OR b.id = ?) ORDER BY b.name COLLATE NOCASE`,
    )
    .all(id ?? null, id ?? null) as BuildingRow[];
}

export function unitRows(db: Database, filter: { id?: number; buildingId?: number; q?: string }): UnitRow[] {
  return db
    .prepare(
      `SELECT u.id, u.building_id AS buildingId, b.name AS buildingName, u.entrance, u.room, u.label, u.note,
              (SELECT count(*) FROM occupants o WHERE o.unit_id = u.id AND o.active = 1) AS occupantCount
       FROM units u JOIN buildings b ON b.id = u.building_id
       WHERE (@id IS NULL OR u.id = @id) AND (@building IS NULL OR u.building_id = @building) AND (@q IS NULL OR instr(u.label, @q) > 0)
       ORDER BY b.name, u.entrance, length(u.room), u.room LIMIT 2000`,
    )
    .all({ id: filter.id ?? null, building: filter.buildingId ?? null, q: filter.q || null }) as UnitRow[];
}

interface RawOccupant extends Omit<OccupantRow, 'parcelConsent' | 'active'> {
  parcelConsent: number;
  active: number;
}

export const OCCUPANT_COLUMNS = `o.id, o.unit_id AS unitId, u.label AS unitLabel, o.name, o.kind, o.phone,
  o.parcel_consent AS parcelConsent, o.note, o.active`;

// Field by field: a raw row is a dictionary-mode object that V8 spreads slowly (docs/performance.md).
const toRow = (r: RawOccupant): OccupantRow => ({
  id: r.id,
  unitId: r.unitId,
  unitLabel: r.unitLabel,
  name: r.name,
  kind: r.kind,
  phone: r.phone,
  parcelConsent: r.parcelConsent === 1,
  note: r.note,
  active: r.active === 1,
});

export interface OccupantQuery {
  q: string;
  unitId?: number;
  includeInactive: boolean;
  limit: number;
  before?: number;
  buildingId?: number;
}

/** Newest first, paged by id (keyset), so page 1 costs the same on 50 k occupants as on 50. */
export function searchOccupants(db: Database, query: OccupantQuery): OccupantRow[] {
  const run = (match: MatchFragment | null, limit: number) => {
    const sql = `SELECT ${OCCUPANT_COLUMNS} FROM occupants o JOIN units u ON u.id = o.unit_id
      WHERE ${match ? `o.id IN (${match.sql}) AND` : ''}
        (@inactive = 1 OR o.active = 1) AND (@unit IS NULL OR o.unit_id = @unit)
        AND (@building IS NULL OR u.building_id = @building) AND (@before IS NULL OR o.id < @before)
      ORDER BY o.id DESC ${sqlLimit(limit)}`;
    const named = {
      inactive: query.includeInactive ? 1 : 0,
      unit: query.unitId ?? null,
      building: query.buildingId ?? null,
      before: query.before ?? null,
    };
    return cached(db, sql).all(...(match?.params ?? []), named) as RawOccupant[];
  };
  return (occupantSearch.page(db, query.q, query, run) ?? run(null, query.limit)).map(toRow);
}

export function occupantById(db: Database, id: number): OccupantRow | null {
  const row = db.prepare(`SELECT ${OCCUPANT_COLUMNS} FROM occupants o JOIN units u ON u.id = o.unit_id WHERE o.id = ?`).get(id) as
    | RawOccupant
    | undefined;
  return row ? toRow(row) : null;
}

/** The directory register: every active occupant, by building and unit. */
export function directoryListing(db: Database, buildingId?: number): OccupantRow[] {
  const rows = db
    .prepare(
      `SELECT ${OCCUPANT_COLUMNS} FROM occupants o JOIN units u ON u.id = o.unit_id JOIN buildings b ON b.id = u.building_id
       WHERE o.active = 1 AND (@building IS NULL OR u.building_id = @building)
       ORDER BY b.name, u.entrance, length(u.room), u.room, o.id`,
    )
    .all({ building: buildingId ?? null }) as RawOccupant[];
  return rows.map(toRow);
}
