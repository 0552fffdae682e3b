import type { DcDistributionRow } from '../../src-shared/modules/doccontrol';
import { setupDesk, storeFingerprint, testClock, USER_PASSWORD, type TestDesk } from '../support/desk';

import { SIGNATURE } from './mail-support';

export { SIGNATURE };

export interface DcDesk {
  t: TestDesk;
  /** 肖燕, archivist. */
  clerk: string;
  /** 江涛, office director. */
  director: string;
  /** 黄波, general manager. */
  gm: string;
  /** 魏丽, security manager (supervises destruction). */
  security: string;
  /** 李娜, receptionist (no business here). */
  desk: string;
  /** 刘洋, department head (not a reader of these forms). */
  head: string;
  ids: { clerk: number; director: number; gm: number; security: number };
  /** The 工程部 department id. */
  engineering: number;
  office: number;
  /** Inserts a catalogued document directly (the catalogue's own channels belong to the archive module). */
  doc(over?: Partial<{ title: string; docNo: string; version: string; indexNo: string }>): number;
  distribute(documentId: number, quantity: number, over?: Record<string, unknown>): Promise<DcDistributionRow>;
  relogin(): Promise<void>;
  advanceDays(days: number): Promise<void>;
  cred(username: string, password?: string): { username: string; password: string };
  fingerprint(): string;
  /** Only this module's tables: a wrong password is kept (lockout counting), so the whole store changes then. */
  dcFingerprint(): string;
}

export async function setupDcDesk(start = '2026-11-23T09:00:00+08:00'): Promise<DcDesk> {
  const t = await setupDesk({ clock: testClock(start) });
  const clerk = await t.createUser('xiaoyan', '肖燕', ['archivist']);
  const director = await t.createUser('jiangtao', '江涛', ['office_director']);
  const gm = await t.createUser('huangbo', '黄波', ['general_manager']);
  const security = await t.createUser('weili', '魏丽', ['security_manager']);
  const desk = await t.createUser('lina', '李娜', ['receptionist']);
  const head = await t.createUser('liuyang', '刘洋', ['dept_head']);
  const db = t.desk.store.db;
  const userId = (u: string) => db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(u) as number;
  const depId = (n: string) => db.prepare('SELECT id FROM departments WHERE name = ?').pluck().get(n) as number;
  const at = '2026-11-01T01:00:00.000Z';
  const cabinet = Number(db.prepare(`INSERT INTO archive_cabinets(number, serial, location, created_at, updated_at) VALUES (2, 1, '办公室档案柜', ?, ?)`).run(at, at).lastInsertRowid);
  const box = Number(db.prepare(`INSERT INTO archive_boxes(cabinet_id, box_no, label, created_at, updated_at) VALUES (?, 3, '质量体系文件', ?, ?)`).run(cabinet, at, at).lastInsertRowid);
  const d: DcDesk = {
    t, clerk, director, gm, security, desk, head,
    ids: { clerk: userId('xiaoyan'), director: userId('jiangtao'), gm: userId('huangbo'), security: userId('weili') },
    engineering: depId('工程部'),
    office: depId('办公室'),
    doc: (over = {}) =>
      Number(
        db
          .prepare(
            `INSERT INTO archive_documents(title, doc_no, version, category, level, copies, department_id, doc_date, box_id, index_no, created_at, created_by, updated_at)
             VALUES (?, ?, ?, 'c', 'B', 1, ?, '2026-10-20', ?, ?, ?, ?, ?)`,
          )
          .run(over.title ?? '消防安全管理规定', over.docNo ?? 'ZW-QP-4.2.3', over.version ?? 'A/1', depId('办公室'), box, over.indexNo ?? 'c-2.1-03', at, userId('xiaoyan'), at).lastInsertRowid,
      ),
    distribute: (documentId, quantity, over = {}) =>
      t.ok<DcDistributionRow>(
        'doccontrol.distributions.create',
        { documentId, departmentId: d.engineering, receiverName: '张伟', quantity, signature: SIGNATURE, ...over },
        d.clerk,
      ),
    relogin: async () => {
      d.clerk = await t.login('xiaoyan');
      d.director = await t.login('jiangtao');
      d.gm = await t.login('huangbo');
      d.security = await t.login('weili');
      d.desk = await t.login('lina');
      d.head = await t.login('liuyang');
    },
    advanceDays: async (days) => {
      t.clock.advance(days * 24 * 60);
      await d.relogin();
    },
    cred: (username, password = USER_PASSWORD) => ({ username, password }),
    fingerprint: () => storeFingerprint(t.desk),
    dcFingerprint: () =>
      ['archive_documents', 'doccontrol_signatures', 'doccontrol_printings', 'doccontrol_distributions', 'doccontrol_copies', 'doccontrol_copy_requests', 'doccontrol_reissues', 'doccontrol_voids']
        .map((name) => JSON.stringify(db.prepare(`SELECT * FROM ${name}`).raw().all()))
        .join('\n'),
  };
  return d;
}
