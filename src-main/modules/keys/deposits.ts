import { DeskError } from '../../../src-shared/errors';
import type { Contract } from '../../../src-shared/contract';
import type { ParsedInputOf } from '../../../src-shared/contract-kit';
import type { DepositRow } from '../../../src-shared/modules/keys';
import type { RegisterData } from '../../../src-shared/modules/registers';
import { formatTime } from '../../../src-shared/rules/time';
import { callerOf, type Ctx } from '../../ipc/context';
import { nextDailyNo } from '../../db/daily-number';
import { buildRegister, periodOf, registerColumns, registerT } from '../registers/build';
import { msg } from './messages';
import { storeKeySignature } from './signature';

type CreateInput = ParsedInputOf<Contract['keys.deposits.create']>;
type CollectInput = ParsedInputOf<Contract['keys.deposits.collect']>;
type ListInput = ParsedInputOf<Contract['keys.deposits.list']>;

type RawDeposit = Omit<DepositRow, 'collectors' | 'status' | 'collectorKind'> & { status: string; collectorKind: string | null };

const DEPOSIT_SELECT = `SELECT d.id, d.deposit_no AS depositNo, d.occupant_id AS occupantId, d.owner_name AS ownerName, d.unit_id AS unitId, d.unit_label AS unitLabel,
    d.description, d.count, d.deposited_at AS depositedAt, ud.display_name AS depositedBy, d.status, d.collected_at AS collectedAt,
    uc.display_name AS collectedBy, d.collector_kind AS collectorKind, d.collector_name AS collectorName, d.collector_phone AS collectorPhone, d.note
  FROM key_deposits d JOIN users ud ON ud.id = d.deposited_by LEFT JOIN users uc ON uc.id = d.collected_by`;

export function depositsWhere(ctx: Ctx, where: string, ...params: unknown[]): DepositRow[] {
  const rows = ctx.db.prepare(`${DEPOSIT_SELECT} WHERE ${where}`).all(...params) as RawDeposit[];
  const collectors = ctx.db.prepare('SELECT name, phone FROM key_deposit_collectors WHERE deposit_id = ? ORDER BY rowid');
  return rows.map((r) => ({
    ...r,
    status: r.status as DepositRow['status'],
    collectorKind: r.collectorKind as DepositRow['collectorKind'],
    collectors: collectors.all(r.id) as { name: string; phone: string }[],
  }));
}

export function mustFindDeposit(ctx: Ctx, id: number): DepositRow {
  const d = depositsWhere(ctx, 'd.id = ?', id)[0];
  if (!d) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityDeposit') });
  return d;
}

/** 钥匙留存: the owner (an occupant living there now) signs; the people they name may collect the keys. */
export function createDeposit(ctx: Ctx, input: CreateInput): number {
  const caller = callerOf(ctx);
  const o = ctx.db
    .prepare('SELECT o.name, o.active, o.unit_id AS unitId, u.label FROM occupants o JOIN units u ON u.id = o.unit_id WHERE o.id = ?')
    .get(input.occupantId) as { name: string; active: number; unitId: number; label: string } | undefined;
  if (!o) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityOccupant') }, { occupantId: msg(ctx, 'chooseOwner') });
  if (!o.active) throw new DeskError('VALIDATION', {}, { occupantId: msg(ctx, 'movedOut', { name: o.name }) });
  const names = input.collectors.map((c) => c.name);
  if (new Set(names).size !== names.length) throw new DeskError('VALIDATION', {}, { collectors: msg(ctx, 'collectorTwice') });
  const signatureId = storeKeySignature(ctx, input.signature);
  const { no, day, seq } = nextDailyNo(ctx.db, 'key_deposits', 'deposit_day', 'LC', ctx.now);
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO key_deposits(deposit_no, deposit_day, seq, occupant_id, owner_name, unit_id, unit_label, description, count, note,
           deposited_at, deposited_by, owner_signature_id, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'held')`,
      )
      .run(no, day, seq, input.occupantId, o.name, o.unitId, o.label, input.description, input.count, input.note, ctx.now.toISOString(), caller.userId, signatureId)
      .lastInsertRowid,
  );
  const add = ctx.db.prepare('INSERT INTO key_deposit_collectors(deposit_id, name, phone) VALUES (?, ?, ?)');
  for (const c of input.collectors) add.run(id, c.name, c.phone);
  const who = input.collectors.length ? `，指定领取人：${input.collectors.map((c) => c.name).join('、')}` : '，仅限业主本人领取';
  ctx.note({ entity: 'key_deposit', entityId: id, summary: `业主留存钥匙 ${no}：${o.label} ${o.name}，${input.description} ${input.count} 把，业主已签名${who}` });
  return id;
}

/** Only the owner, or a person the owner named (name and phone as registered), collects; they sign for it. */
export function collectDeposit(ctx: Ctx, input: CollectInput): number {
  const caller = callerOf(ctx);
  const d = mustFindDeposit(ctx, input.id);
  if (d.status !== 'held') {
    throw new DeskError('ALREADY_PICKED_UP', { what: msg(ctx, 'depositWhat', { unit: d.unitLabel }), at: formatTime(d.collectedAt), by: d.collectorName ?? '' });
  }
  const { kind, name, phone } = input.collector;
  const listed = d.collectors.find((c) => c.name === name);
  const allowed = kind === 'owner' ? name === d.ownerName : listed !== undefined && listed.phone === phone;
  if (!allowed) throw new DeskError('DEPOSIT_NOT_AUTHORISED', { name, owner: d.ownerName, unit: d.unitLabel });
  const signatureId = storeKeySignature(ctx, input.signature);
  ctx.db
    .prepare(
      `UPDATE key_deposits SET status = 'collected', collected_at = ?, collected_by = ?, collector_kind = ?, collector_name = ?,
         collector_phone = ?, collector_signature_id = ? WHERE id = ? AND status = 'held'`,
    )
    .run(ctx.now.toISOString(), caller.userId, kind, name, phone, signatureId, d.id);
  ctx.note({
    entity: 'key_deposit',
    entityId: d.id,
    summary: `留存钥匙领取 ${d.depositNo}：${d.unitLabel} ${d.description} ${d.count} 把，由${kind === 'owner' ? '业主本人' : '指定领取人'} ${name} 签名领取`,
  });
  return d.id;
}

/** Held, collected or all, newest first; `q` matches the number (or its last digits), owner, unit or a named collector. */
export function listDeposits(ctx: Ctx, input: ListInput): DepositRow[] {
  const q = input.q.trim();
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return depositsWhere(
    ctx,
    `(@status = 'all' OR d.status = @status) AND (@unit IS NULL OR d.unit_id = @unit)
     AND (@q = '' OR d.deposit_no LIKE @like ESCAPE '\\' OR d.owner_name LIKE @like ESCAPE '\\' OR d.unit_label LIKE @like ESCAPE '\\'
       OR EXISTS (SELECT 1 FROM key_deposit_collectors c WHERE c.deposit_id = d.id AND (c.name LIKE @like ESCAPE '\\' OR c.phone LIKE @like ESCAPE '\\')))
     ORDER BY d.id DESC LIMIT 500`,
    { status: input.status, unit: input.unitId ?? null, q, like },
  );
}

/** 钥匙留存登记表: deposits taken in from..to (desk days) in number order, with who collected them and when. Landscape. */
export function depositsRegister(ctx: Ctx, from: string, to: string): RegisterData {
  const t = registerT(ctx);
  const rows = depositsWhere(ctx, 'd.deposit_day BETWEEN ? AND ? ORDER BY d.deposit_day, d.seq', from, to);
  return buildRegister(ctx, {
    title: t('keys.depositsTitle'),
    orientation: 'landscape',
    ...periodOf(t, '钥匙留存登记表', from, to),
    columns: registerColumns(t, 'keys.depositCol', { number: 13, unit: 11, owner: 7, description: 13, count: 5, collectors: 16, depositedAt: 11, depositedBy: 6, collectedAt: 11, collector: 12, collectedBy: 6 }),
    rows: rows.map((d) => ({
      number: d.depositNo,
      unit: d.unitLabel,
      owner: d.ownerName,
      description: d.description,
      count: String(d.count),
      collectors: d.collectors.length ? d.collectors.map((c) => `${c.name} ${c.phone}`).join('；') : t('keys.ownerOnly'),
      depositedAt: formatTime(d.depositedAt),
      depositedBy: d.depositedBy,
      collectedAt: d.collectedAt ? formatTime(d.collectedAt) : '',
      collector: d.collectorName
        ? d.collectorKind === 'owner'
          ? `${d.collectorName}（${t('keys.collectorOwner')}）`
          : [d.collectorName, d.collectorPhone].filter(Boolean).join(' ')
        : '',
      collectedBy: d.collectedBy ?? '',
    })),
  });
}
