import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../src-main/modules/audit/chain';
import type { BackupHistoryRow, BackupStatus, RestoreResult } from '../../src-shared/modules/backups';
import { setupDesk, storeFingerprint, tempDir, type TestDesk } from '../support/desk';

let t: TestDesk | null = null;
const dirs: string[] = [];
afterEach(async () => {
  await t?.close();
  t = null;
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const buildings = (t: TestDesk) => t.desk.store.db.prepare('SELECT name FROM buildings ORDER BY name').pluck().all();

/** A desk with one building, backed up by the administrator, then changed after the backup. */
async function deskWithBackup(): Promise<{ t: TestDesk; backup: BackupHistoryRow; clerk: string }> {
  const desk = await setupDesk();
  const clerk = await desk.createUser('qianmei', '钱梅', ['receptionist']);
  await desk.ok('directory.buildings.save', { name: '3' }, clerk);
  const backup = await desk.ok<BackupHistoryRow>('backups.run', {}, desk.adminToken);
  desk.clock.advance(2);
  await desk.ok('directory.buildings.save', { name: '5' }, clerk);
  return { t: desk, backup, clerk };
}

describe('backups: run and restore', () => {
  it('backs up online into <dataDir>/backups and restores it: later changes gone, audit chain intact, safety copy kept', async () => {
    const made = await deskWithBackup();
    t = made.t;
    expect(made.backup).toMatchObject({ kind: 'manual', ok: true, username: 'admin' });
    expect(path.dirname(made.backup.file)).toBe(path.join(t.dir, 'backups'));
    expect(fs.statSync(made.backup.file).size).toBe(made.backup.size);
    expect(buildings(t)).toEqual(['3栋', '5栋']);

    t.clock.advance(1);
    const r = await t.ok<RestoreResult>('backups.restore', { file: made.backup.file }, t.adminToken);
    expect(r.restoredFrom).toBe(made.backup.file);
    expect(fs.existsSync(r.safetyCopy)).toBe(true);
    expect(buildings(t)).toEqual(['3栋']);

    // The restored store is live: the same session keeps working, and the audit chain verifies with the restore in it.
    const db = t.desk.store.db;
    expect(verifyChain(db)).toMatchObject({ ok: true, firstBroken: null });
    const last = db.prepare('SELECT channel, username, summary FROM audit_log ORDER BY id DESC LIMIT 1').get() as { channel: string; summary: string };
    expect(last.channel).toBe('backups.restore');
    expect(last.summary).toContain(made.backup.file);
    await t.ok('directory.buildings.save', { name: '7' }, made.clerk);
    expect(buildings(t)).toEqual(['3栋', '7栋']);
    expect(db.pragma('application_id', { simple: true })).toBe(0x46444b31);

    // The history survives the restore: the manual backup, the safety copy and the restore itself.
    const list = await t.ok<{ rows: BackupHistoryRow[] }>('backups.list', {}, t.adminToken);
    expect(list.rows.map((row) => row.kind)).toEqual(['restore', 'pre_restore', 'manual']);

    // The safety copy holds the store as it was: restoring it brings building 5 back.
    const back = await t.ok<RestoreResult>('backups.restore', { file: r.safetyCopy }, t.adminToken);
    expect(back.restoredFrom).toBe(r.safetyCopy);
    expect(buildings(t)).toEqual(['3栋', '5栋']);
    expect(verifyChain(t.desk.store.db).ok).toBe(true);
  });

  it('restores a store from before the backups migration and migrates it forward', async () => {
    const made = await deskWithBackup();
    t = made.t;
    const dir = tempDir();
    dirs.push(dir);
    const older = path.join(dir, 'older.sqlite');
    fs.copyFileSync(made.backup.file, older);
    const o = new Database(older);
    o.exec(`DROP TABLE backup_history; DELETE FROM migrations WHERE name = 'Backups0000000000016'`);
    o.pragma('application_id = 0');
    o.pragma('user_version = 15');
    o.close();
    await t.ok<RestoreResult>('backups.restore', { file: older }, t.adminToken);
    const db = t.desk.store.db;
    expect(db.pragma('application_id', { simple: true })).toBe(0x46444b31);
    expect(db.prepare(`SELECT count(*) FROM migrations WHERE name = 'Backups0000000000016'`).pluck().get()).toBe(1);
    expect(buildings(t)).toEqual(['3栋']);
    expect(verifyChain(db).ok).toBe(true);
    // The history made before the restore (the manual backup) was carried over into the migrated store.
    const kinds = (await t.ok<{ rows: BackupHistoryRow[] }>('backups.list', {}, t.adminToken)).rows.map((r) => r.kind);
    expect(kinds).toEqual(['restore', 'pre_restore', 'manual']);
  });

  it('puts the live store back when the restored file cannot be migrated', async () => {
    const made = await deskWithBackup();
    t = made.t;
    const dir = tempDir();
    dirs.push(dir);
    const broken = path.join(dir, 'half-migrated.sqlite');
    fs.copyFileSync(made.backup.file, broken);
    const b = new Database(broken);
    // Passes every check, but migration 0016 will run again on a table that exists and fail.
    b.exec(`DELETE FROM migrations WHERE name = 'Backups0000000000016'`);
    b.pragma('user_version = 15');
    b.close();
    const before = storeFingerprint(t.desk);
    const res = await t.call('backups.restore', { file: broken }, t.adminToken);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(/^恢复失败：.*已还原为恢复前的数据/);
    expect(storeFingerprint(t.desk)).toBe(before);
    expect(buildings(t)).toEqual(['3栋', '5栋']);
    await t.ok('directory.buildings.save', { name: '9' }, made.clerk);
    expect(buildings(t)).toEqual(['3栋', '5栋', '9栋']);
  });

  it('refuses a corrupt file (garbage written into it, or truncated) and changes nothing', async () => {
    const made = await deskWithBackup();
    t = made.t;
    const dir = tempDir();
    dirs.push(dir);
    const garbled = path.join(dir, 'garbled.sqlite');
    const bytes = fs.readFileSync(made.backup.file);
    for (let i = 4096; i < bytes.length; i += 97) bytes[i] = 0xa5;
    fs.writeFileSync(garbled, bytes);
    const truncated = path.join(dir, 'truncated.sqlite');
    fs.writeFileSync(truncated, fs.readFileSync(made.backup.file).subarray(0, 4096 * 3));
    const text = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(text, '王建华 3栋2单元1203 这不是数据库');

    const before = storeFingerprint(t.desk);
    for (const file of [garbled, truncated, text]) {
      const res = await t.call('backups.restore', { file }, t.adminToken);
      expect(res.ok).toBe(false);
      if (!res.ok) {
        expect(res.error.code).toBe('BACKUP_CORRUPT');
        expect(res.error.message).toBe(`${file} 已损坏或不是数据库文件（完整性检查未通过），不能用于恢复，当前数据未作任何更改`);
      }
    }
    expect(storeFingerprint(t.desk)).toBe(before);
    expect(fs.readdirSync(path.join(t.dir, 'backups')).filter((n) => !n.endsWith('-manual.sqlite'))).toEqual([]);
  });

  it('refuses a foreign SQLite file, a newer store, a broken audit chain and a missing file', async () => {
    const made = await deskWithBackup();
    t = made.t;
    const dir = tempDir();
    dirs.push(dir);
    const foreign = path.join(dir, 'contacts.sqlite');
    const raw = new Database(foreign);
    raw.exec(`CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('王建华')`);
    raw.close();
    const newer = path.join(dir, 'newer.sqlite');
    fs.copyFileSync(made.backup.file, newer);
    const n = new Database(newer);
    n.pragma('user_version = 999');
    n.close();
    const tampered = path.join(dir, 'tampered.sqlite');
    fs.copyFileSync(made.backup.file, tampered);
    const tp = new Database(tampered);
    tp.exec('DROP TRIGGER audit_log_no_update');
    tp.prepare(`UPDATE audit_log SET summary = summary || '（改）' WHERE id = 2`).run();
    tp.close();

    const before = storeFingerprint(t.desk);
    const codeOf = async (file: string) => {
      const res = await t!.call('backups.restore', { file }, t!.adminToken);
      return res.ok ? 'ok' : `${res.error.code}: ${res.error.message}`;
    };
    expect(await codeOf(foreign)).toBe(`BACKUP_FOREIGN: ${foreign} 不是本系统（前台管理系统）的数据文件，不能用于恢复，当前数据未作任何更改`);
    expect(await codeOf(newer)).toMatch(/^BACKUP_TOO_NEW: .*数据版本 999/);
    expect(await codeOf(tampered)).toMatch(/^BACKUP_AUDIT_BROKEN: .*第 2 条处断开/);
    expect(await codeOf(path.join(dir, 'missing.sqlite'))).toMatch(/^BACKUP_NOT_FOUND: 找不到备份文件/);
    expect(storeFingerprint(t.desk)).toBe(before);
  });

  it('lets only the administrator run and restore; the general manager reads the status', async () => {
    const made = await deskWithBackup();
    t = made.t;
    const gm = await t.createUser('yuhai', '于海', ['general_manager']);
    expect((await t.call('backups.run', {}, gm)).ok).toBe(false);
    expect((await t.call('backups.restore', { file: made.backup.file }, made.clerk)).ok).toBe(false);
    const status = await t.ok<BackupStatus>('backups.status', {}, gm);
    expect(status.lastOk?.file).toBe(made.backup.file);
    expect(status.stale).toBe(false);
    t.clock.advance(25 * 60);
    expect((await t.ok<BackupStatus>('backups.status', {}, await t.login('yuhai'))).stale).toBe(true);
  });

  it('records a failed backup to a folder that cannot be written, with a clear message', async () => {
    t = await setupDesk();
    const blocker = path.join(t.dir, 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    const res = await t.call('backups.run', { folder: path.join(blocker, 'sub') }, t.adminToken);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(/^备份未完成：/);
    const list = await t.ok<{ rows: BackupHistoryRow[] }>('backups.list', {}, t.adminToken);
    expect(list.rows[0]).toMatchObject({ kind: 'manual', ok: false });
    const audit = t.desk.store.db.prepare(`SELECT summary FROM audit_log WHERE channel = 'backups.run'`).pluck().get();
    expect(audit).toMatch(/失败/);
  });
});
