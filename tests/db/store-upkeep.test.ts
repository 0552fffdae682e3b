import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoreUpkeep, CHECKPOINT_EVERY_WRITES, type UpkeepStep } from '../../src-main/db/upkeep';
import { SerialQueue } from '../../src-main/ipc/serial';
import { noteIndexWritten } from '../../src-main/search/merging';
import type { VisitRow } from '../../src-shared/modules/visitors';
import { chineseName, idNumber, phone, rng } from '../bench/generate/common';
import { ftsStructure } from '../support/fts-structure';
import { setupVisitorsDesk, type VisitorsDesk } from '../ipc/visitors-support';

/** One turn of the event loop: where the shell's next IPC message would arrive. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The four FTS5 tables a check-in writes: the visit's and the returning visitor's, trigram and short keys. */
const CHECK_IN_TABLES = ['search_visit_tri', 'search_visit_key', 'search_visitor_person_tri', 'search_visitor_person_key'];

let v: VisitorsDesk;
const r = rng(20261123);
const db = () => v.t.desk.store.db;
const checkIn = (name = chineseName(r)) =>
  v.t.ok<VisitRow>('visitors.checkIn', { name, idType: 'resident_id', idNumber: idNumber(r), phone: phone(r), purpose: '探亲访友', unitId: v.unit1203, occupantId: v.zhangWei }, v.desk);
const levelZero = (table: string) => ftsStructure(db(), table).levels[0]?.length ?? 0;
const busiestLevel = (table: string) => Math.max(0, ...ftsStructure(db(), table).levels.map((l) => l.length));

beforeEach(async () => {
  v = await setupVisitorsDesk();
  // The setup's own writes (buildings, units, 张伟) have their step before the test starts counting.
  await nextTurn();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await v.t.close();
});

describe('store upkeep: search merges and checkpoints after the reply', () => {
  it('migration 0018 turns FTS5 automerge off on every search index', () => {
    const tables = db().prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'`).pluck().all() as string[];
    expect(tables.length).toBeGreaterThanOrEqual(16);
    for (const t of tables) expect(db().prepare(`SELECT v FROM ${t}_config WHERE k = 'automerge'`).pluck().get(), t).toBe(0);
  });

  it('runs once the reply is out, one step per turn of the event loop, merging the four tables a check-in wrote', async () => {
    const steps: UpkeepStep[] = [];
    v.t.desk.rt.upkeep.onStep = (s) => steps.push(s);
    await checkIn('王建华');
    expect(steps).toHaveLength(0);
    await nextTurn();
    expect(steps).toHaveLength(1);
    expect(steps[0].mergedTables).toBe(4);
    // Two writes before the loop turns: still one step.
    await checkIn();
    await checkIn();
    await nextTurn();
    expect(steps).toHaveLength(2);
  });

  it('keeps every level of each index under four segments, checkpoints every 20 writes, and search still finds every row', async () => {
    const steps: UpkeepStep[] = [];
    v.t.desk.rt.upkeep.onStep = (s) => steps.push(s);
    const names: string[] = [];
    for (let i = 0; i < 2 * CHECKPOINT_EVERY_WRITES + 5; i++) {
      names.push((await checkIn()).name);
      await nextTurn();
      for (const t of CHECK_IN_TABLES) expect(busiestLevel(t), `${t} after write ${i + 1}`).toBeLessThan(4);
    }
    expect(steps.filter((s) => s.checkpointed)).toHaveLength(2);
    const wal = db().pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
    expect(wal[0].log).toBeLessThan(5 * 50 * 4);
    for (const name of [names[0], names[17], names[names.length - 1]]) {
      const found = await v.t.ok<{ rows: VisitRow[] }>('visitors.search', { q: name }, v.desk);
      expect(found.rows.map((row) => row.name)).toContain(name);
    }
  });

  it('without it, nothing merges: automerge is really off, and one step catches up', async () => {
    v.t.desk.rt.upkeep.stop();
    for (let i = 0; i < 12; i++) await checkIn();
    await nextTurn();
    expect(levelZero('search_visit_tri')).toBeGreaterThanOrEqual(12);
    expect(levelZero('search_visitor_person_key')).toBeGreaterThanOrEqual(12);
    const step = new StoreUpkeep(db, new SerialQueue()).step();
    expect(step?.mergedTables).toBe(4);
    for (const t of CHECK_IN_TABLES) expect(busiestLevel(t), t).toBeLessThan(4);
  });

  it('a step that fails rolls its merges back, says so, and the desk goes on writing and finding', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    v.t.desk.rt.upkeep.stop();
    for (let i = 0; i < 6; i++) await checkIn();
    const before = CHECK_IN_TABLES.map((t) => JSON.stringify(ftsStructure(db(), t)));
    noteIndexWritten(db(), 'no_such_kind');
    const step = new StoreUpkeep(db, new SerialQueue()).step();
    expect(step?.mergedTables).toBe(0);
    expect(logged.mock.calls.flat().join(' ')).toMatch(/\[upkeep\].*no such table/);
    expect(db().inTransaction).toBe(false);
    expect(CHECK_IN_TABLES.map((t) => JSON.stringify(ftsStructure(db(), t)))).toEqual(before);
    const after = await checkIn('欧阳娜娜');
    const found = await v.t.ok<{ rows: VisitRow[] }>('visitors.search', { q: '欧阳' }, v.desk);
    expect(found.rows.map((row) => row.id)).toContain(after.id);
  });

  it('a step scheduled when the desk closes never runs', async () => {
    const steps: UpkeepStep[] = [];
    v.t.desk.rt.upkeep.onStep = (s) => steps.push(s);
    await checkIn();
    await v.t.desk.close();
    await nextTurn();
    await nextTurn();
    expect(steps).toHaveLength(0);
  });
});
