import dayjs from 'dayjs';
import type { RegisterData } from '../../../src-shared/modules/registers';
import type { VisitRow, VisitSlip } from '../../../src-shared/modules/visitors';
import { formatTime } from '../../../src-shared/rules/time';
import type { Ctx } from '../../ipc/context';
import { buildRegister, registerColumns, registerT } from '../registers/build';
import { readSettings } from '../settings/store';
import { onSite, visitsInPeriod } from './queries';

/** A resident ID needs no label on paper; other documents say what they are. Always masked. */
export function idLabel(ctx: Ctx, v: Pick<VisitRow, 'idType' | 'idNumberMasked'>): string {
  if (!v.idNumberMasked) return '';
  return v.idType === 'resident_id' ? v.idNumberMasked : `${registerT(ctx)(`idTypes.${v.idType}`)} ${v.idNumberMasked}`;
}

export const hostLabel = (v: Pick<VisitRow, 'unitLabel' | 'hostName' | 'buildingName'>) =>
  [v.unitLabel || v.buildingName, v.hostName].filter(Boolean).join(' ');

function outLabel(ctx: Ctx, v: VisitRow): string {
  if (!v.checkedOutAt) return registerT(ctx)('visitors.onSiteNow');
  const at = formatTime(v.checkedOutAt);
  return v.checkoutKind === 'auto' ? registerT(ctx)('visitors.autoOut', { at }) : at;
}

/** 访客登记表: every visit checked in from..to, in the order registered; landscape, it is a wide form. */
export function visitorRegister(ctx: Ctx, from: string, to: string, buildingId?: number): RegisterData {
  const t = registerT(ctx);
  const rows = visitsInPeriod(ctx.db, from, to, buildingId);
  return buildRegister(ctx, {
    title: t('visitors.register'),
    orientation: 'landscape',
    periodLabel: t('registers.periodRange', { from, to }),
    columns: registerColumns(t, 'visitors.col', { visitNo: 18, name: 8, idNumber: 19, phone: 13, company: 12, purpose: 9, host: 16, party: 5, plate: 10, timeIn: 15, timeOut: 16, desk: 7 }),
    rows: rows.map((v) => ({
      visitNo: v.visitNo,
      name: v.name,
      idNumber: idLabel(ctx, v),
      phone: v.phone,
      company: v.company,
      purpose: v.purpose,
      host: hostLabel(v),
      party: String(v.partySize),
      plate: v.plate,
      timeIn: formatTime(v.checkedInAt),
      timeOut: outLabel(ctx, v),
      desk: v.checkedInBy,
    })),
    fileStem: `visitors-${from.replace(/-/g, '')}-${to.replace(/-/g, '')}`,
  });
}

/** 在场人员疏散清点表: who is in the building now, by building, with an empty box to tick during a roll call; landscape so every number stays on one line. */
export function evacuationRegister(ctx: Ctx, buildingId?: number): RegisterData {
  const t = registerT(ctx);
  const now = onSite(ctx.db, t('visitors.noBuilding'), buildingId);
  const at = dayjs(ctx.now).format('YYYY-MM-DD HH:mm');
  return buildRegister(ctx, {
    title: t('visitors.evacuation'),
    orientation: 'landscape',
    periodLabel: t('visitors.evacuationPeriod', { at, visits: now.total, people: now.people }),
    columns: registerColumns(t, 'visitors.col', { building: 7, visitNo: 18, name: 9, company: 12, host: 16, party: 5, phone: 13, timeIn: 16, confirmed: 7 }),
    rows: now.buildings.flatMap((g) =>
      g.visits.map((v) => ({
        building: g.buildingName,
        visitNo: v.visitNo,
        name: v.name,
        company: v.company,
        host: v.unitLabel ? [v.unitLabel, v.hostName].filter(Boolean).join(' ') : '',
        party: String(v.partySize),
        phone: v.phone,
        timeIn: formatTime(v.checkedInAt),
        confirmed: t('visitors.tick'),
      })),
    ),
    signatures: [t('visitors.signCounter'), t('visitors.signChecker')],
    fileStem: `evacuation-${dayjs(ctx.now).format('YYYYMMDD-HHmm')}`,
  });
}

export function visitSlip(ctx: Ctx, v: VisitRow): VisitSlip {
  const t = registerT(ctx);
  return {
    orgName: readSettings(ctx.db).orgName,
    title: t('visitors.slipTitle'),
    visitNo: v.visitNo,
    name: v.name,
    idLabel: `${t(`idTypes.${v.idType}`)} ${v.idNumberMasked}`,
    company: v.company,
    host: hostLabel(v),
    purpose: v.purpose,
    partySize: v.partySize,
    plate: v.plate,
    checkedInAt: formatTime(v.checkedInAt),
    receptionist: v.checkedInBy,
    note: t('visitors.slipNote'),
  };
}
