import type { KeyRow, LoanRow } from '../../src-shared/modules/keys';
import { setupDesk, testClock, type TestDesk } from '../support/desk';

/** A 1×1 PNG: what the signature pad sends, in the smallest valid form. */
export const SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export interface KeyDesk {
  t: TestDesk;
  /** 钱梅, receptionist: runs the cabinet. */
  desk: string;
  /** 赵刚, security manager: approves restricted loans. */
  guard: string;
  /** 孙丽, general manager. */
  manager: string;
  /** 刘强, engineering department head: a staff borrower. */
  engineerId: number;
  deskId: number;
  unit1203: number;
  zhangWei: number;
  save(input: Record<string, unknown>): Promise<KeyRow>;
  lend(input: Record<string, unknown>): Promise<LoanRow>;
  /** Moves the clock; idle sessions lock, so everyone logs in again. */
  advance(minutes: number): Promise<void>;
  /** Rows of the module's own tables, to prove a refusal wrote nothing there even when a wrong password was counted. */
  keyTables(): string;
}

export async function setupKeyDesk(start = '2026-11-20T09:00:00+08:00'): Promise<KeyDesk> {
  const t = await setupDesk({ clock: testClock(start) });
  const desk = await t.createUser('qianmei', '钱梅', ['receptionist']);
  const guard = await t.createUser('zhaogang', '赵刚', ['security_manager']);
  const manager = await t.createUser('sunli', '孙丽', ['general_manager']);
  await t.createUser('liuqiang', '刘强', ['dept_head']);
  const userId = (username: string) => t.desk.store.db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(username) as number;
  const b3 = (await t.ok<{ id: number }>('directory.buildings.save', { name: '3' }, desk)).id;
  const unit1203 = (await t.ok<{ id: number }>('directory.units.save', { buildingId: b3, entrance: '2', room: '1203' }, desk)).id;
  const zhangWei = (await t.ok<{ id: number }>('directory.occupants.save', { unitId: unit1203, name: '张伟', kind: 'owner', phone: '13812345678' }, desk)).id;
  const kd: KeyDesk = {
    t,
    desk,
    guard,
    manager,
    engineerId: userId('liuqiang'),
    deskId: userId('qianmei'),
    unit1203,
    zhangWei,
    save: (input) => t.ok<KeyRow>('keys.save', input, kd.desk),
    lend: (input) => t.ok<LoanRow>('keys.lend', input, kd.desk),
    advance: async (minutes) => {
      t.clock.advance(minutes);
      kd.desk = await t.login('qianmei');
      kd.guard = await t.login('zhaogang');
      kd.manager = await t.login('sunli');
    },
    keyTables: () => {
      const db = t.desk.store.db;
      const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'key%' ORDER BY name`).pluck().all() as string[];
      return tables.map((n) => `${n}:${JSON.stringify(db.prepare(`SELECT * FROM "${n}"`).raw().all())}`).join('\n');
    },
  };
  return kd;
}
