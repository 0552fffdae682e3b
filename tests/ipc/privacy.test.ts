import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExportedFile } from '../../src-shared/modules/registers';
import type { VisitRow } from '../../src-shared/modules/visitors';
import { ADMIN_PASSWORD, USER_PASSWORD, setupDesk, testClock, type TestDesk } from '../support/desk';

/**
 * Promises about personal data and secrets, each checked where it could break: a receptionist never gets a full ID
 * number (not in a row, a search, a register or its workbook) and cannot reach what her role does not allow; no
 * password and no session token is ever written to the audit trail or to the log.
 */
const WANG_ID = '110101199003078670';
const NEW_PASSWORD = 'Qianmei2027new';
let t: TestDesk;
let desk: string;
let guard: string;
let visit: VisitRow;
const logged: string[] = [];

beforeAll(async () => {
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
  }
  t = await setupDesk({ clock: testClock('2026-11-20T09:00:00+08:00') });
  desk = await t.createUser('qianmei', '钱梅', ['receptionist']);
  guard = await t.createUser('zhaogang', '赵刚', ['security_manager']);
  const b3 = (await t.ok<{ id: number }>('directory.buildings.save', { name: '3' }, desk)).id;
  const unitId = (await t.ok<{ id: number }>('directory.units.save', { buildingId: b3, entrance: '2', room: '1203' }, desk)).id;
  visit = await t.ok<VisitRow>(
    'visitors.checkIn',
    { name: '王建华', idType: 'resident_id', idNumber: WANG_ID, phone: '13912345678', purpose: '商务洽谈', unitId, partySize: 1, plate: '', company: '华为技术有限公司' },
    desk,
  );
});
afterAll(async () => {
  vi.restoreAllMocks();
  await t.close();
});

async function workbookText(file: ExportedFile): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const cells: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void cells.push(c.text))));
  return cells.join('\n');
}

describe('a receptionist and ID numbers', () => {
  it('sees the visitor’s ID masked in the row, the search and the register, and in the exported workbook', async () => {
    const period = { from: '2026-11-20', to: '2026-11-20' };
    const seen = [
      await t.ok('visitors.get', { id: visit.id }, desk),
      await t.ok('visitors.search', { q: '王建华' }, desk),
      await t.ok('visitors.register', period, desk),
    ];
    for (const answer of seen) {
      const json = JSON.stringify(answer);
      expect(json).not.toContain(WANG_ID);
      expect(json).toContain('1101**********8670');
    }
    const file = await t.ok<ExportedFile>('registers.xlsx', { channel: 'visitors.register', params: period }, desk);
    const text = await workbookText(file);
    expect(text).toContain('王建华');
    expect(text).not.toContain(WANG_ID);
  });

  it('may not reveal one; the security manager may, with a reason that is audited', async () => {
    const refused = await t.call('visitors.revealId', { visitId: visit.id, reason: '核对身份' }, desk);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
    const shown = await t.ok<{ idNumber: string }>('visitors.revealId', { visitId: visit.id, reason: '派出所协查' }, guard);
    expect(shown.idNumber).toBe(WANG_ID);
    const audit = t.desk.store.db.prepare(`SELECT summary FROM audit_log WHERE summary LIKE '%派出所协查%'`).pluck().all() as string[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).not.toContain(WANG_ID);
  });

  it('may not read the audit trail nor export a register her role may not read', async () => {
    for (const [channel, input] of [
      ['audit.list', {}],
      ['audit.verify', {}],
      ['registers.xlsx', { channel: 'audit.register', params: { from: '2026-11-20', to: '2026-11-20' } }],
    ] as const) {
      const res = await t.call(channel, input, desk);
      expect(res.ok ? 'ok' : res.error.code, channel).toBe('FORBIDDEN');
    }
  });
});

describe('secrets', () => {
  it('never reach the audit trail or the log: logins, a failed login, password changes and refused payloads', async () => {
    const tokens: string[] = [desk, guard, t.adminToken];
    expect((await t.call('auth.login', { username: 'qianmei', password: 'Wrong2026pass' })).ok).toBe(false);
    tokens.push(await t.login('qianmei'));
    expect((await t.call('auth.changePassword', { current: USER_PASSWORD, next: NEW_PASSWORD }, tokens[3])).ok).toBe(true);
    tokens.push(await t.login('qianmei', NEW_PASSWORD));
    expect((await t.call('users.resetPassword', { id: 2, password: 'Reset2026desk' }, t.adminToken)).ok).toBe(true);
    // A malformed payload that carries a password: refused, and the password goes nowhere.
    expect((await t.call('auth.login', { username: 'qianmei', password: 'Leak2026pass', extra: 1 })).ok).toBe(false);
    expect((await t.call('no.such.channel', { password: 'Leak2026pass' }, desk)).ok).toBe(false);
    tokens.push(await t.login('admin', ADMIN_PASSWORD));

    const audit = (t.desk.store.db.prepare('SELECT * FROM audit_log').raw().all() as unknown[][]).map((r) => JSON.stringify(r)).join('\n');
    const log = logged.join('\n');
    expect(audit.length).toBeGreaterThan(0);
    for (const secret of [USER_PASSWORD, NEW_PASSWORD, 'Wrong2026pass', 'Reset2026desk', 'Leak2026pass', ADMIN_PASSWORD, ...tokens]) {
      expect(audit, 'audit trail').not.toContain(secret);
      expect(log, 'log').not.toContain(secret);
    }
  });
});
