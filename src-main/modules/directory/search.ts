import type { Database } from 'better-sqlite3';
import { defineSearchable } from '../../search/searchable';

export interface OccupantSearchRow {
  name: string;
  unitLabel: string;
  phone: string;
}

/** Occupants are found by name, unit, pinyin of the name and phone tail. */
export const occupantSearch = defineSearchable<OccupantSearchRow>({
  kind: 'occupant',
  text: (o) => [o.name, o.unitLabel],
  pinyin: (o) => [o.name],
  tails: (o) => [o.phone],
});

/** Re-indexes every occupant of some units, after a unit or building was renamed. */
export function reindexUnits(db: Database, unitIds: number[]): void {
  const rows = db
    .prepare(
      `SELECT o.id, o.name, o.phone, u.label AS unitLabel FROM occupants o JOIN units u ON u.id = o.unit_id
       WHERE o.unit_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(unitIds)) as (OccupantSearchRow & { id: number })[];
  for (const row of rows) occupantSearch.put(db, row.id, row);
}
