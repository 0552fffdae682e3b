import dayjs from 'dayjs';
import type { VisitRow } from '../../../src-shared/modules/visitors';

type T = (key: string, options?: Record<string, unknown>) => string;

/** The host as the desk says it: `3栋2单元1203 张伟`, the unit alone, or the building a pass holder went to. */
export function hostLabel(v: Pick<VisitRow, 'unitLabel' | 'hostName' | 'buildingName'>): string {
  if (v.unitLabel) return v.hostName ? `${v.unitLabel} ${v.hostName}` : v.unitLabel;
  return v.buildingName;
}

/** How long someone has been in: a visitor in for hours is the one to ask about first at evacuation. */
export function stayed(t: T, since: string, now: Date): string {
  const minutes = Math.max(0, dayjs(now).diff(dayjs(since), 'minute'));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? t('visitorsUi.onSite.hours', { h, m }) : t('visitorsUi.onSite.minutes', { m });
}

/** Today in the desk's local time, as the date inputs and the register want it. */
export function today(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** A scanned or typed text as main stores visit numbers: half-width, upper case, no spaces. */
export function normalizeScan(raw: string): string {
  return raw.normalize('NFKC').toUpperCase().replace(/\s+/g, '');
}
