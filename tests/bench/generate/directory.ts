import type { Database } from 'better-sqlite3';
import { occupantSearch } from '../../../src-main/modules/directory/search';
import { chineseName, inChunks, iso, phone, type GenContext } from './common';

export interface UnitRef {
  id: number;
  label: string;
  buildingId: number;
  buildingName: string;
}
export interface OccupantRef {
  id: number;
  name: string;
  phone: string;
  unit: UnitRef;
}
export interface Directory {
  units: UnitRef[];
  occupants: OccupantRef[];
}

/** 1,000 units a building: 2 entrances × 25 floors × 20 rooms, labelled `3栋2单元1203` like the directory does. */
export function generateDirectory(g: GenContext, unitCount: number, occupantCount: number): Directory {
  const at = iso(g.now);
  const buildings = Math.ceil(unitCount / 1000);
  const addBuilding = g.db.prepare('INSERT INTO buildings(id, name, created_at) VALUES (?, ?, ?)');
  g.db.transaction(() => {
    for (let b = 1; b <= buildings; b++) addBuilding.run(b, `${b}栋`, at);
  })();
  const units: UnitRef[] = [];
  const addUnit = g.db.prepare('INSERT INTO units(id, building_id, entrance, room, label, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  inChunks(g.db, unitCount, (from, to) => {
    for (let i = from; i < to; i++) {
      const b = Math.floor(i / 1000) + 1;
      const entrance = `${Math.floor((i % 1000) / 500) + 1}单元`;
      const room = `${Math.floor((i % 500) / 20) + 1}${String((i % 20) + 1).padStart(2, '0')}`;
      const label = `${b}栋${entrance}${room}`;
      addUnit.run(i + 1, b, entrance, room, label, at);
      units.push({ id: i + 1, label, buildingId: b, buildingName: `${b}栋` });
    }
  });
  const occupants: OccupantRef[] = [];
  const addOccupant = g.db.prepare(
    `INSERT INTO occupants(id, unit_id, name, kind, phone, parcel_consent, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  inChunks(g.db, occupantCount, (from, to) => {
    for (let i = from; i < to; i++) {
      const unit = units[i % units.length];
      const o = { id: i + 1, name: chineseName(g.r), phone: phone(g.r), unit };
      addOccupant.run(o.id, unit.id, o.name, g.r.next() < 0.7 ? 'owner' : 'tenant', o.phone, at, at);
      occupantSearch.put(g.db, o.id, { name: o.name, unitLabel: unit.label, phone: o.phone });
      occupants.push(o);
    }
  });
  return { units, occupants };
}

/** The units and occupants of a data set built earlier, as `generateDirectory` returned them. */
export function readDirectory(db: Database): Directory {
  const units = (db.prepare(`SELECT u.id, u.label, u.building_id AS buildingId, b.name AS buildingName FROM units u JOIN buildings b ON b.id = u.building_id ORDER BY u.id`).all() as UnitRef[]);
  const byId = new Map(units.map((u) => [u.id, u]));
  const occupants = (db.prepare('SELECT id, name, phone, unit_id AS unitId FROM occupants ORDER BY id').all() as { id: number; name: string; phone: string; unitId: number }[])
    .map((o) => ({ id: o.id, name: o.name, phone: o.phone, unit: byId.get(o.unitId)! }));
  return { units, occupants };
}
