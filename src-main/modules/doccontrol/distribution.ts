import type { DcDistributionRow } from '../../../src-shared/modules/doccontrol';
import { callerOf, type Ctx } from '../../ipc/context';
import { COPY_ORDER, DOC_COLS, DOC_JOIN, day, docLabel, joinCopies, mustActiveDepartment, mustBeActive, num, storeSignature, str, toDoc, userName, type Raw } from './queries';

const pad = (n: number): string => String(n).padStart(3, '0');

export function distributionsWhere(ctx: Ctx, where: string, ...params: unknown[]): DcDistributionRow[] {
  const rows = ctx.db
    .prepare(
      `SELECT x.id, x.department_id, dep.name AS dep_name, x.receiver_name, x.quantity, x.note, x.distributed_at, ${userName('x.distributed_by', 'by_name')},
        ${DOC_COLS} FROM doccontrol_distributions x ${DOC_JOIN} JOIN departments dep ON dep.id = x.department_id WHERE ${where}`,
    )
    .all(...params) as Raw[];
  const copies = ctx.db.prepare(`SELECT c.copy_no FROM doccontrol_copies c WHERE c.distribution_id = ? ORDER BY ${COPY_ORDER}`).pluck();
  return rows.map((r) => ({
    id: num(r, 'id'),
    document: toDoc(r),
    departmentId: num(r, 'department_id'),
    departmentName: str(r, 'dep_name'),
    receiverName: str(r, 'receiver_name'),
    quantity: num(r, 'quantity'),
    copyNos: copies.all(num(r, 'id')) as string[],
    note: str(r, 'note'),
    distributedAt: str(r, 'distributed_at'),
    distributedBy: str(r, 'by_name'),
  }));
}

interface DistributionInput {
  documentId: number;
  departmentId: number;
  receiverName: string;
  quantity: number;
  signature: string;
  note: string;
}

/**
 * §5.5.1: copies go out by department, each with its distribution number (the next free ones of that document:
 * 001, 002…), and the receiver signs for them on the form.
 */
export function distribute(ctx: Ctx, input: DistributionInput): number {
  const caller = callerOf(ctx);
  const doc = mustBeActive(ctx, input.documentId);
  const depName = mustActiveDepartment(ctx, input.departmentId);
  const signatureId = storeSignature(ctx, input.signature);
  const at = ctx.now.toISOString();
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO doccontrol_distributions(document_id, department_id, receiver_name, quantity, signature_id, note, distributed_at, distributed_day, distributed_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(doc.id, input.departmentId, input.receiverName, input.quantity, signatureId, input.note, at, day(ctx), caller.userId).lastInsertRowid,
  );
  const last = ctx.db.prepare('SELECT COALESCE(MAX(base_no), 0) FROM doccontrol_copies WHERE document_id = ?').pluck().get(doc.id) as number;
  const insert = ctx.db.prepare(
    `INSERT INTO doccontrol_copies(document_id, distribution_id, copy_no, base_no, suffix, department_id, holder_name, status, status_at)
     VALUES (?, ?, ?, ?, 0, ?, ?, 'issued', ?)`,
  );
  const nos: string[] = [];
  for (let n = last + 1; n <= last + input.quantity; n++) {
    insert.run(doc.id, id, pad(n), n, input.departmentId, input.receiverName, at);
    nos.push(pad(n));
  }
  ctx.note({ entity: 'doccontrol_distribution', entityId: id, summary: `分发文件 ${docLabel(doc)} 至 ${depName} ${input.receiverName} ${input.quantity} 份，分发号 ${joinCopies(nos)}` });
  return id;
}
