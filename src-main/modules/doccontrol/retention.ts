import dayjs from 'dayjs';
import { DC_FORMS, DC_RETENTION_YEARS, type DcForm, type DcRetentionRow } from '../../../src-shared/modules/doccontrol';
import type { Ctx } from '../../ipc/context';

/**
 * One source per form: the table, the day the record was made, what to show, and which records are finished (an
 * open request is still in use, so its retention has not started).
 */
interface Source {
  form: DcForm;
  sql: string;
}

const DOC = (alias: string) => `'《' || d.title || '》' || CASE WHEN d.doc_no <> '' THEN ' ' || d.doc_no ELSE '' END || ${alias}`;

const SOURCES: Source[] = [
  { form: 'printing', sql: `SELECT x.id, x.printed_at AS at, x.printed_day AS day, ${DOC(`' 印制 ' || x.copies || ' 份'`)} AS summary FROM doccontrol_printings x JOIN archive_documents d ON d.id = x.document_id` },
  {
    form: 'distribution',
    sql: `SELECT x.id, x.distributed_at AS at, x.distributed_day AS day, ${DOC(`' 分发 ' || dep.name || ' ' || x.receiver_name || ' ' || x.quantity || ' 份'`)} AS summary
      FROM doccontrol_distributions x JOIN archive_documents d ON d.id = x.document_id JOIN departments dep ON dep.id = x.department_id`,
  },
  {
    form: 'copy',
    sql: `SELECT x.id, x.requested_at AS at, x.requested_day AS day, ${DOC(`' 复印 ' || x.copies || ' 份 ' || x.requester_name`)} AS summary
      FROM doccontrol_copy_requests x JOIN archive_documents d ON d.id = x.document_id WHERE x.status <> 'pending'`,
  },
  {
    form: 'reissue',
    sql: `SELECT x.id, x.requested_at AS at, x.requested_day AS day, ${DOC(`' 补发 原分发号 ' || c.copy_no`)} AS summary
      FROM doccontrol_reissues x JOIN doccontrol_copies c ON c.id = x.copy_id JOIN archive_documents d ON d.id = c.document_id
      WHERE x.status IN ('rejected', 'issued')`,
  },
  // A void with no copy in circulation has nothing to destroy: it is finished when the GM approves it.
  {
    form: 'void',
    sql: `SELECT x.id, x.requested_at AS at, x.requested_day AS day, ${DOC(`' 作废：' || x.reason`)} AS summary
      FROM doccontrol_voids x JOIN archive_documents d ON d.id = x.document_id
      WHERE x.status IN ('rejected', 'destroyed') OR (x.status = 'approved' AND x.voided_copies = '')`,
  },
];

/**
 * QR-WD01-02-04 belongs to the borrowing module (`borrowing_requests`, migration 0013). It is read here only if that
 * table exists, so the review covers every one-year form of 000 篇5 §6; finished requests only.
 */
const BORROWING: Source = {
  form: 'borrowing',
  sql: `SELECT x.id, x.filed_at AS at, x.filed_day AS day, x.request_no || ' ' || ${DOC(`' 借阅 ' || x.borrower_name`)} AS summary
    FROM borrowing_requests x JOIN archive_documents d ON d.id = x.document_id WHERE x.status IN ('returned', 'rejected', 'cancelled')`,
};

/** Records whose retention (000 篇5 §6: one year) has run out at the call's time, oldest first, for the office to review. */
export function pastRetention(ctx: Ctx): DcRetentionRow[] {
  const today = dayjs(ctx.now).format('YYYY-MM-DD');
  const hasBorrowing = ctx.db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'borrowing_requests'`).get();
  const sources = hasBorrowing ? [...SOURCES, BORROWING] : SOURCES;
  const out: DcRetentionRow[] = [];
  for (const s of sources) {
    const cutoff = dayjs(ctx.now).subtract(DC_RETENTION_YEARS[s.form], 'year').format('YYYY-MM-DD');
    const rows = ctx.db.prepare(`SELECT * FROM (${s.sql}) WHERE day <= ? ORDER BY at, id`).all(cutoff) as { id: number; at: string; day: string; summary: string }[];
    for (const r of rows) {
      const dueDay = dayjs(r.day).add(DC_RETENTION_YEARS[s.form], 'year').format('YYYY-MM-DD');
      if (dueDay <= today) out.push({ form: s.form, formNo: DC_FORMS[s.form], recordId: r.id, summary: r.summary, recordAt: r.at, dueDay });
    }
  }
  return out.sort((a, b) => a.recordAt.localeCompare(b.recordAt) || a.form.localeCompare(b.form));
}
