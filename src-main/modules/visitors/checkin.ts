import { DeskError } from '../../../src-shared/errors';
import { translate } from '../../../src-shared/i18n';
import type { Contract } from '../../../src-shared/contract';
import type { ParsedInputOf } from '../../../src-shared/contract-kit';
import { VISIT_MANAGERS } from '../../../src-shared/modules/visitors';
import { maskIdNumber } from '../../../src-shared/rules/text';
import { cached } from '../../db/statements';
import type { Ctx } from '../../ipc/context';
import { confirmCredential } from '../auth/credential';
import { admitPass } from '../passes/admit';
import { blocklistHit } from './blocklist';
import { checkVisitorId } from './identity';
import { msg } from './messages';
import { formatTime } from '../../../src-shared/rules/time';
import { openVisitOf, personById, personByKey, visitById, type FullVisit } from './queries';
import { insertVisit, personKey, upsertPerson, type NewVisit } from './record';

type CheckInInput = ParsedInputOf<Contract['visitors.checkIn']>;

interface Host {
  unitId: number;
  unitLabel: string;
  buildingId: number;
  buildingName: string;
  occupantId: number | null;
  hostName: string;
}

/** The unit visited (and the occupant, who must live there now), with the labels kept on the visit. */
function hostOf(ctx: Ctx, unitId: number, occupantId: number | undefined): Host {
  const unit = cached(ctx.db, 'SELECT u.id, u.label, b.id AS buildingId, b.name AS buildingName FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = ?')
    .get(unitId) as { id: number; label: string; buildingId: number; buildingName: string } | undefined;
  if (!unit) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityUnit') }, { unitId: msg(ctx, 'chooseUnit') });
  let hostName = '';
  if (occupantId) {
    const o = cached(ctx.db, 'SELECT name, unit_id AS unitId, active FROM occupants WHERE id = ?').get(occupantId) as
      | { name: string; unitId: number; active: number }
      | undefined;
    if (!o || o.unitId !== unit.id) throw new DeskError('VALIDATION', {}, { occupantId: msg(ctx, 'occupantElsewhere') });
    if (!o.active) throw new DeskError('VALIDATION', {}, { occupantId: msg(ctx, 'occupantMovedOut', { name: o.name }) });
    hostName = o.name;
  }
  return { unitId: unit.id, unitLabel: unit.label, buildingId: unit.buildingId, buildingName: unit.buildingName, occupantId: occupantId ?? null, hostName };
}

function refuseIfOnSite(ctx: Ctx, open: FullVisit | null): void {
  if (open) throw new DeskError('ALREADY_ON_SITE', { name: open.name, at: formatTime(open.checkedInAt), visitNo: open.visitNo });
}

/**
 * Registers a visitor: identity check (override with a written reason), blocklist (override only by a manager's
 * credential typed on the spot), one open visit per person, then the visit and the returning-visitor record.
 */
export async function checkIn(ctx: Ctx, input: CheckInInput): Promise<FullVisit> {
  const host = hostOf(ctx, input.unitId, input.occupantId);
  const known = input.personId ? personById(ctx.db, input.personId) : null;
  if (input.personId && !known) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityPerson') });

  // A returning visitor's number on file was checked when first registered; only a newly typed one is checked.
  let idNumber: string;
  let idOverrideReason: string | null = null;
  if (!input.idNumber && known?.hasIdNumber && known.idType === input.idType) {
    idNumber = known.idNumber;
  } else if (!input.idNumber) {
    throw new DeskError('VALIDATION', {}, { idNumber: translate(ctx.lang, 'validation.required') });
  } else {
    const checked = checkVisitorId(ctx, input.idType, input.idNumber, input.idOverrideReason);
    idNumber = checked.idNumber;
    idOverrideReason = checked.overrideReason;
  }

  const identity = { idType: input.idType, idNumber, name: input.name, phone: input.phone };
  const samePerson = personByKey(ctx.db, personKey(identity)) ?? known;
  if (samePerson) refuseIfOnSite(ctx, openVisitOf(ctx.db, { personId: samePerson.id }));

  const hit = blocklistHit(ctx.db, identity);
  let overrideBy: { id: number; name: string } | null = null;
  if (hit) {
    if (!input.managerOverride) throw new DeskError('BLOCKLISTED', { name: input.name, reason: hit.reason });
    const { username, password } = input.managerOverride;
    const manager = await confirmCredential(ctx, username, password, VISIT_MANAGERS);
    overrideBy = { id: manager.id, name: manager.displayName };
  }

  const visit: NewVisit = {
    personId: null,
    passId: null,
    name: input.name,
    idType: input.idType,
    idNumber,
    phone: input.phone,
    company: input.company,
    purpose: input.purpose,
    ...host,
    partySize: input.partySize,
    plate: input.plate,
    remarks: input.remarks,
    idOverrideReason,
    blocklistId: hit?.id ?? null,
    overrideBy: overrideBy?.id ?? null,
    overrideReason: overrideBy ? (input.managerOverride?.reason ?? null) : null,
  };
  visit.personId = upsertPerson(ctx, samePerson?.id ?? null, visit);
  const { id, visitNo } = insertVisit(ctx, visit);

  const notes = [
    `访客登记 ${visitNo}：${input.name}（${input.company || '个人'}，${maskIdNumber(idNumber)}），${input.partySize} 人，事由 ${input.purpose}，` +
      `被访 ${host.unitLabel}${host.hostName ? ` ${host.hostName}` : ''}${input.plate ? `，车牌 ${input.plate}` : ''}`,
  ];
  if (idOverrideReason) notes.push(`证件号码未通过校验，接待员说明：${idOverrideReason}`);
  if (overrideBy) notes.push(`黑名单访客经 ${overrideBy.name} 现场授权放行，理由：${visit.overrideReason}（黑名单原因：${hit?.reason}）`);
  ctx.note({ entity: 'visit', entityId: id, summary: notes.join('；') });
  return mustFindVisit(ctx, id);
}

/** A pass holder scans the pass: the pass must admit them; they are then on site like any visitor. */
export function checkInByPass(ctx: Ctx, number: string, buildingId: number | undefined): FullVisit {
  const { pass, building } = admitPass(ctx, number, buildingId);
  refuseIfOnSite(ctx, openVisitOf(ctx.db, { passId: pass.id }));
  const hit = blocklistHit(ctx.db, { idNumber: pass.idNumber, name: pass.holderName, phone: pass.phone });
  // Scanning cannot take a manager's credential; the full check-in form can.
  if (hit) throw new DeskError('BLOCKLISTED', { name: pass.holderName, reason: hit.reason });
  const category = translate('zh-CN', `passes.categories.${pass.category}`);
  const { id, visitNo } = insertVisit(ctx, {
    personId: null,
    passId: pass.id,
    name: pass.holderName,
    idType: pass.idType,
    idNumber: pass.idNumber,
    phone: pass.phone,
    company: pass.company,
    purpose: `${category}（出入证 ${pass.number}）`,
    unitId: null,
    unitLabel: '',
    buildingId: building?.id ?? null,
    buildingName: building?.name ?? '',
    occupantId: null,
    hostName: '',
    partySize: 1,
    plate: '',
    remarks: '',
    idOverrideReason: null,
    blocklistId: null,
    overrideBy: null,
    overrideReason: null,
  });
  ctx.note({
    entity: 'visit',
    entityId: id,
    summary: `凭出入证 ${pass.number} 登记 ${visitNo}：${pass.holderName}（${pass.company || '个人'}）${building ? `，前往 ${building.name}` : ''}`,
  });
  return mustFindVisit(ctx, id);
}

export function mustFindVisit(ctx: Ctx, id: number): FullVisit {
  const v = visitById(ctx.db, id);
  if (!v) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityVisit') });
  return v;
}
