import type { ImportRowReport, OccupantKind } from '../../../src-shared/modules/directory';
import type { Language } from '../../../src-shared/modules/settings';
import { translate } from '../../../src-shared/i18n';
import { PHONE_RE } from '../../../src-shared/rules/text';
import { normalizeBuilding, normalizeEntrance, normalizeRoom, unitLabel } from './labels';
import type { RawRow } from './import-file';

export interface CleanRow {
  line: number;
  building: string;
  entrance: string;
  room: string;
  label: string;
  name: string;
  kind: OccupantKind;
  phone: string;
  consent: boolean;
  note: string;
}

const KINDS: Record<string, OccupantKind> = {
  业主: 'owner', owner: 'owner', '': 'owner',
  租户: 'tenant', 住户: 'tenant', tenant: 'tenant',
  单位: 'company', 公司: 'company', 商户: 'company', company: 'company',
};
const YES = new Set(['是', '同意', 'y', 'yes', '1', 'true', '√']);
const NO = new Set(['否', '不同意', 'n', 'no', '0', 'false', '']);
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;
const LIMITS: Record<keyof ImportRowReport['values'], [number, string]> = {
  building: [20, '楼栋'], entrance: [10, '单元'], room: [10, '房号'], name: [40, '姓名'],
  kind: [10, '类型'], phone: [20, '电话'], consent: [10, '代收快递'], note: [200, '备注'],
};

/** Checks every row and reports each problem by line, in the user's language; duplicates inside the file too. */
export function checkRows(raw: RawRow[], lang: Language): { reports: ImportRowReport[]; clean: CleanRow[] } {
  const t = (k: string, p?: Record<string, string | number>) => translate(lang, `importErrors.${k}`, p);
  const seen = new Map<string, number>();
  const reports: ImportRowReport[] = [];
  const clean: CleanRow[] = [];
  for (const { line, values: v } of raw) {
    const errors: string[] = [];
    for (const [field, [max, label]] of Object.entries(LIMITS)) {
      const value = v[field as keyof typeof v];
      if (value.length > max) errors.push(t('too_long', { field: label }));
      if (UNSAFE.test(value)) errors.push(t('unsafe'));
    }
    if (!v.building) errors.push(t('building'));
    if (!v.room) errors.push(t('room'));
    if (!v.name) errors.push(t('name'));
    const kind = KINDS[v.kind.toLowerCase()];
    if (!kind) errors.push(t('kind'));
    const phone = v.phone.replace(/\s/g, '');
    if (phone && !PHONE_RE.test(phone)) errors.push(t('phone'));
    const consent = v.consent.toLowerCase();
    if (!YES.has(consent) && !NO.has(consent)) errors.push(t('consent'));
    const building = normalizeBuilding(v.building);
    const entrance = normalizeEntrance(v.entrance);
    const room = normalizeRoom(v.room);
    const label = unitLabel(building, entrance, room);
    const key = `${label}\u0000${v.name}`;
    if (v.name && seen.has(key)) errors.push(t('duplicate', { line: seen.get(key)! }));
    else seen.set(key, line);
    reports.push({ line, values: v, errors });
    if (errors.length === 0) {
      clean.push({ line, building, entrance, room, label, name: v.name, kind: kind!, phone, consent: YES.has(consent), note: v.note });
    }
  }
  return { reports, clean };
}
