import dayjs from 'dayjs';
import type { ArchiveDocumentRow } from '../../../src-shared/modules/archive';
import { formatIndexNo } from '../../../src-shared/rules/index-number';
import { documentSearch } from '../../../src-main/modules/archive/search';
import { chineseName, dayOf, inChunks, iso, type GenContext } from './common';

/** The six departments the archive migration seeds, by id. */
const DEPARTMENTS = ['办公室', '综合管理部', '工程部', '客服部', '保安部', '财务部'];
const TITLES = ['消防系统竣工图', '电梯维保合同', '业主大会决议', '供配电系统图', '绿化养护方案', '物业服务合同', '监控系统验收报告', '年度财务报表'];
const CATEGORIES = ['a', 'b', 'c', 'd', 'f', '1', '3'] as const;
const CABINETS = 20;
const BOXES = 50;

/** 20 cabinets × 50 boxes, documents spread over them, then borrowing requests over `days` (the latest few pending or out). */
export function generateArchive(g: GenContext, docCount: number, borrowCount: number, days: number): void {
  const at = iso(g.now);
  g.db.transaction(() => {
    const cab = g.db.prepare('INSERT INTO archive_cabinets(id, number, serial, location, created_at, updated_at) VALUES (?, ?, 1, ?, ?, ?)');
    const box = g.db.prepare('INSERT INTO archive_boxes(id, cabinet_id, box_no, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    for (let c = 1; c <= CABINETS; c++) {
      cab.run(c, c, `档案室${c <= 10 ? '一' : '二'}排`, at, at);
      for (let b = 1; b <= BOXES; b++) box.run((c - 1) * BOXES + b, c, b, at, at);
    }
  })();
  const add = g.db.prepare(
    `INSERT INTO archive_documents(id, title, doc_no, drawing_no, category, level, copies, content_note, department_id, doc_date,
       retention, box_id, index_no, created_at, created_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, '长期', ?, ?, ?, ?, ?)`,
  );
  inChunks(g.db, docCount, (from, to) => {
    for (let i = from; i < to; i++) {
      const boxId = (i % (CABINETS * BOXES)) + 1;
      const cabinet = Math.floor((boxId - 1) / BOXES) + 1;
      const category = CATEGORIES[i % CATEGORIES.length];
      const departmentId = (i % DEPARTMENTS.length) + 1;
      const doc = {
        title: `${(i % 60) + 1}栋${TITLES[i % TITLES.length]}`,
        docNo: `WD-${2016 + (i % 10)}-${String(i + 1).padStart(6, '0')}`,
        drawingNo: category === 'b' ? `JS-${String(i + 1).padStart(6, '0')}` : '',
        indexNo: formatIndexNo({ category, cabinet, serial: 1, box: ((boxId - 1) % BOXES) + 1 }),
        departmentName: DEPARTMENTS[departmentId - 1],
        contentNote: i % 4 === 0 ? `经办人${chineseName(g.r)}` : '',
      };
      const docDate = dayjs(g.now).subtract(g.r.int(3650), 'day').format('YYYY-MM-DD');
      add.run(i + 1, doc.title, doc.docNo, doc.drawingNo, category, 'ABC'[i % 3], doc.contentNote, departmentId, docDate, boxId, doc.indexNo, at, g.userId, at);
      documentSearch.put(g.db, i + 1, doc as ArchiveDocumentRow);
    }
  });
  const addRequest = g.db.prepare(
    `INSERT INTO borrowing_requests(id, request_no, filed_day, seq, document_id, borrower_type, borrower_user_id, borrower_name, purpose,
       due_date, required_role, status, decided_by, decided_at, lent_at, lent_by, returned_at, received_by, condition, filed_at, filed_by)
     VALUES (?, ?, ?, ?, ?, 'staff', ?, ?, '查阅', ?, 'office_director', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const start = dayjs(g.now).subtract(days, 'day');
  let lastDay = '';
  let seq = 0;
  inChunks(g.db, borrowCount, (from, to) => {
    for (let i = from; i < to; i++) {
      const filed = start.add(Math.floor(((i + 1) / borrowCount) * days * 24 * 60) - 1, 'minute');
      const day = dayOf(filed.toDate());
      seq = day === lastDay ? seq + 1 : 1;
      lastDay = day;
      const left = borrowCount - i;
      const status = left <= 10 ? 'pending' : left <= 30 ? 'lent' : 'returned';
      const decided = status === 'pending' ? null : iso(filed.add(10, 'minute').toDate());
      const lent = status === 'pending' ? null : iso(filed.add(20, 'minute').toDate());
      const back = status === 'returned' ? iso(filed.add(2, 'day').toDate()) : null;
      addRequest.run(
        i + 1, `JY-${day.replace(/-/g, '')}-${String(seq).padStart(3, '0')}`, day, seq, g.r.int(docCount) + 1, g.userId, chineseName(g.r),
        filed.add(7, 'day').format('YYYY-MM-DD'), status, decided && g.userId, decided, lent, lent && g.userId, back, back && g.userId,
        back && 'intact', iso(filed.toDate()), g.userId,
      );
    }
  });
}
