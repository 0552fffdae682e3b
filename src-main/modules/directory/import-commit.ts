import type { Database } from 'better-sqlite3';
import { occupantSearch } from './search';
import type { CleanRow } from './import-rows';

/**
 * Writes checked rows inside the caller's transaction: buildings and units are created as needed; an occupant with
 * the same unit and name is updated rather than duplicated.
 */
export function commitRows(db: Database, rows: CleanRow[], now: string): { imported: number; updated: number } {
  const findBuilding = db.prepare('SELECT id FROM buildings WHERE name = ?').pluck();
  const addBuilding = db.prepare(`INSERT INTO buildings(name, note, created_at) VALUES (?, '', ?)`);
  const findUnit = db.prepare('SELECT id FROM units WHERE label = ?').pluck();
  const addUnit = db.prepare(`INSERT INTO units(building_id, entrance, room, label, note, created_at) VALUES (?, ?, ?, ?, '', ?)`);
  const findOccupant = db.prepare('SELECT id FROM occupants WHERE unit_id = ? AND name = ?').pluck();
  const addOccupant = db.prepare(
    `INSERT INTO occupants(unit_id, name, kind, phone, parcel_consent, note, active, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const updateOccupant = db.prepare(
    `UPDATE occupants SET kind = ?, phone = ?, parcel_consent = ?, note = ?, active = 1, updated_at = ? WHERE id = ?`,
  );
  let imported = 0;
  let updated = 0;
  for (const r of rows) {
    const buildingId = (findBuilding.get(r.building) as number | undefined) ?? Number(addBuilding.run(r.building, now).lastInsertRowid);
    const unitId = (findUnit.get(r.label) as number | undefined) ?? Number(addUnit.run(buildingId, r.entrance, r.room, r.label, now).lastInsertRowid);
    const existing = findOccupant.get(unitId, r.name) as number | undefined;
    let id: number;
    if (existing) {
      updateOccupant.run(r.kind, r.phone, r.consent ? 1 : 0, r.note, now, existing);
      id = existing;
      updated++;
    } else {
      id = Number(addOccupant.run(unitId, r.name, r.kind, r.phone, r.consent ? 1 : 0, r.note, now, now).lastInsertRowid);
      imported++;
    }
    occupantSearch.put(db, id, { name: r.name, unitLabel: r.label, phone: r.phone });
  }
  return { imported, updated };
}
