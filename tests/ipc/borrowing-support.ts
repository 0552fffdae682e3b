import type { BorrowRow } from '../../src-shared/modules/borrowing';
import type { Role } from '../../src-shared/roles';
import { defineSearchable } from '../../src-main/search/searchable';
import { setupDesk, storeFingerprint, testClock, USER_PASSWORD, type TestDesk } from '../support/desk';

/** The departments seeded by migration 0012, by name. */
export const DEPT = { office: 1, general: 2, engineering: 3, service: 4, security: 5, finance: 6 } as const;

/** The catalogue's search index as the catalogue would fill it (same tables, built by migration 0012). */
const docIndex = defineSearchable<{ title: string; docNo: string; drawingNo: string; indexNo: string }>({
  kind: 'archive_document',
  text: (d) => [d.title, d.docNo, d.drawingNo, d.indexNo],
  pinyin: (d) => [d.title],
  tails: () => [],
});

export interface Docs {
  /** A 2025年度工作总结报告 of the office, A level. */
  annualReport: number;
  /** B-level owner file of 综合管理部 (category f). */
  ownerFile: number;
  /** C-level drawing of 工程部 (category b). */
  drawing: number;
  /** C-level notice of 保安部 posted in public (uncontrolled category 1). */
  postedNotice: number;
  /** C-level regulation of the office (category d). */
  regulation: number;
  /** B-level staff file, voided. */
  voided: number;
}

export interface BorrowDesk {
  t: TestDesk;
  /** 林娜, archivist of 办公室. */
  clerk: string;
  /** 杜强, office director. */
  director: string;
  /** 马亮, general manager. */
  gm: string;
  /** 谢云, department head of 工程部. */
  engHead: string;
  /** 周敏, department head of 综合管理部. */
  genHead: string;
  /** 钱梅, receptionist. */
  desk: string;
  ids: Record<string, number>;
  docs: Docs;
  relogin(): Promise<void>;
  advanceDays(days: number): Promise<void>;
  /** Files a request for a staff borrower (王建华 of 综合管理部) unless overridden. */
  file(over?: Record<string, unknown>, token?: string): Promise<BorrowRow>;
  fingerprint(): string;
}

const PEOPLE: [string, string, Role[], number | null][] = [
  ['linna', '林娜', ['archivist'], DEPT.office],
  ['duqiang', '杜强', ['office_director'], DEPT.office],
  ['maliang', '马亮', ['general_manager'], null],
  ['xieyun', '谢云', ['dept_head'], DEPT.engineering],
  ['zhoumin', '周敏', ['dept_head'], DEPT.general],
  ['qianmei', '钱梅', ['receptionist'], DEPT.service],
  ['wangjianhua', '王建华', ['receptionist'], DEPT.general],
];

/** Catalogue rows written directly (the catalogue's own channels belong to another module). */
function catalogue(t: TestDesk): Docs {
  const db = t.desk.store.db;
  const at = '2026-11-01T02:00:00.000Z';
  const cab = Number(db.prepare(`INSERT INTO archive_cabinets(number, serial, location, created_at, updated_at) VALUES (3, 1, '办公室档案室', ?, ?)`).run(at, at).lastInsertRowid);
  const box = Number(db.prepare(`INSERT INTO archive_boxes(cabinet_id, box_no, label, created_at, updated_at) VALUES (?, 2, '第2盒', ?, ?)`).run(cab, at, at).lastInsertRowid);
  const add = (title: string, category: string, level: string, dept: number, o: { docNo?: string; drawingNo?: string; posted?: boolean; status?: string } = {}) => {
    const indexNo = `${category}-3.1-02`;
    const id = Number(
      db
        .prepare(
          `INSERT INTO archive_documents(title, doc_no, drawing_no, category, level, department_id, doc_date, publicly_posted, box_id, index_no, status, created_at, created_by, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, '2026-01-15', ?, ?, ?, ?, ?, 1, ?)`,
        )
        .run(title, o.docNo ?? '', o.drawingNo ?? '', category, level, dept, o.posted ? 1 : 0, box, indexNo, o.status ?? 'active', at, at).lastInsertRowid,
    );
    docIndex.put(db, id, { title, docNo: o.docNo ?? '', drawingNo: o.drawingNo ?? '', indexNo });
    return id;
  };
  return {
    annualReport: add('2025年度工作总结报告', '1', 'A', DEPT.office, { docNo: 'YG-BGS-2026-001' }),
    ownerFile: add('3栋2单元1203 王建华 业主档案', 'f', 'B', DEPT.general, { docNo: 'YZ-03-1203' }),
    drawing: add('3栋给排水施工图', 'b', 'C', DEPT.engineering, { docNo: 'GC-TZ-0301', drawingNo: 'S-03-01' }),
    postedNotice: add('小区消防疏散示意图', '1', 'C', DEPT.security, { docNo: 'BA-2026-007', posted: true }),
    regulation: add('物业管理条例（2024修订）', 'd', 'C', DEPT.office, { docNo: 'FG-2024-01' }),
    voided: add('员工档案 张伟', 'c', 'B', DEPT.office, { docNo: 'YG-DA-017', status: 'voided' }),
  };
}

export async function setupBorrowDesk(start = '2026-11-20T09:00:00+08:00'): Promise<BorrowDesk> {
  const t = await setupDesk({ clock: testClock(start) });
  const ids: Record<string, number> = {};
  for (const [username, displayName, roles, departmentId] of PEOPLE) {
    const u = await t.ok<{ id: number }>('users.create', { username, displayName, roles, password: USER_PASSWORD, departmentId }, t.adminToken);
    ids[username] = u.id;
  }
  const tokens = async () => ({
    clerk: await t.login('linna'),
    director: await t.login('duqiang'),
    gm: await t.login('maliang'),
    engHead: await t.login('xieyun'),
    genHead: await t.login('zhoumin'),
    desk: await t.login('qianmei'),
  });
  const d: BorrowDesk = {
    t,
    ids,
    ...(await tokens()),
    docs: catalogue(t),
    relogin: async () => void Object.assign(d, await tokens()),
    advanceDays: async (days) => {
      t.clock.advance(days * 24 * 60);
      await d.relogin();
    },
    file: (over = {}, token) =>
      t.ok<BorrowRow>(
        'borrowing.create',
        {
          documentId: d.docs.ownerFile,
          borrowerType: 'staff',
          borrowerUserId: ids.wangjianhua,
          purpose: '核对业主装修申请资料',
          dueDate: '2026-11-27',
          ...over,
        },
        token ?? d.clerk,
      ),
    fingerprint: () => storeFingerprint(t.desk),
  };
  return d;
}
