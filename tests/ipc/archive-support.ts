import type { ArchiveBoxRow, ArchiveCabinetRow, ArchiveDocumentRow } from '../../src-shared/modules/archive';
import { setupDesk, storeFingerprint, testClock, type TestDesk } from '../support/desk';

export interface ArchiveDesk {
  t: TestDesk;
  /** 丁兰, archivist. */
  archivist: string;
  /** 潘红, office director. */
  director: string;
  /** 孙丽, general manager. */
  gm: string;
  /** 刘强, department head. */
  head: string;
  /** 钱梅, receptionist: no access to the archive. */
  desk: string;
  dept: (name: string) => number;
  cabinet(number: number, serial?: number, location?: string): Promise<ArchiveCabinetRow>;
  box(cabinetId: number, boxNo: number, label?: string): Promise<ArchiveBoxRow>;
  file(over?: Record<string, unknown>, token?: string): Promise<ArchiveDocumentRow>;
  fingerprint(): string;
  audit(): string[];
}

/** The owner file of the e2e and the brief: B-level, category f 业主档案, kept by 综合管理部 (000 §3.2). */
export const OWNER_FILE = {
  title: '3栋2单元1203 王建华 业主档案',
  docNo: 'YZ-2026-0317',
  category: 'f',
  level: 'B',
  copies: 1,
  contentNote: '购房合同复印件、业主登记表、装修申请',
  docDate: '2026-03-17',
  retention: '长期',
};

export async function setupArchiveDesk(): Promise<ArchiveDesk> {
  const t = await setupDesk({ clock: testClock('2026-11-23T10:00:00+08:00') });
  const archivist = await t.createUser('dinglan', '丁兰', ['archivist']);
  const director = await t.createUser('panhong', '潘红', ['office_director']);
  const gm = await t.createUser('sunli', '孙丽', ['general_manager']);
  const head = await t.createUser('liuqiang', '刘强', ['dept_head']);
  const desk = await t.createUser('qianmei', '钱梅', ['receptionist']);
  const db = t.desk.store.db;
  const dept = (name: string) => db.prepare('SELECT id FROM departments WHERE name = ?').pluck().get(name) as number;
  const d: ArchiveDesk = {
    t, archivist, director, gm, head, desk, dept,
    cabinet: (number, serial = 1, location = '办公室档案室') => t.ok('archive.cabinets.save', { number, serial, location }, archivist),
    box: (cabinetId, boxNo, label = '') => t.ok('archive.boxes.save', { cabinetId, boxNo, label }, archivist),
    file: (over = {}, token) => t.ok('archive.documents.create', { ...OWNER_FILE, departmentId: dept('综合管理部'), ...over }, token ?? archivist),
    fingerprint: () => storeFingerprint(t.desk),
    audit: () => db.prepare('SELECT summary FROM audit_log ORDER BY id').pluck().all() as string[],
  };
  return d;
}
