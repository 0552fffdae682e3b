import dayjs from 'dayjs';
import type { RegisterData } from '../../../src-shared/modules/registers';
import { translate } from '../../../src-shared/i18n';
import type { Ctx } from '../../ipc/context';
import { printSettings } from '../settings/logo';
import { readSettings } from '../settings/store';

export interface RegisterSpec {
  title: string;
  formNo?: string | null;
  orientation?: RegisterData['orientation'];
  periodLabel: string;
  /** The register's own columns; a numbered 序号 column is put in front. */
  columns: RegisterData['columns'];
  rows: Record<string, string>[];
  /** Defaults to 制表人 / 审核人. */
  signatures?: string[];
  fileStem: string;
}

/** A register's translator in the caller's language. */
export const registerT =
  (ctx: Ctx) =>
  (key: string, params?: Record<string, string | number>): string =>
    translate(ctx.lang, key, params);

type RegisterT = ReturnType<typeof registerT>;

/** Columns headed `<prefix>.<key>`: most registers name a column's heading after its key, so only the widths differ. */
export function registerColumns(t: RegisterT, prefix: string, widths: Readonly<Record<string, number>>): RegisterData['columns'] {
  return Object.entries(widths).map(([key, width]) => ({ key, label: t(`${prefix}.${key}`), width }));
}

/** A register of the desk days from..to: the period line, and a file name that carries both days. */
export function periodOf(t: RegisterT, stem: string, from: string, to: string): Pick<RegisterSpec, 'periodLabel' | 'fileStem'> {
  return { periodLabel: t('registers.periodRange', { from, to }), fileStem: `${stem}-${from}-${to}` };
}

/** What every register shares: the organisation, the print time, the row numbers and the usual signature lines. */
export function buildRegister(ctx: Ctx, spec: RegisterSpec): RegisterData {
  const t = (key: string) => translate(ctx.lang, key);
  return {
    orgName: readSettings(ctx.db).orgName,
    orgLogo: printSettings.read(ctx.db).logo,
    title: spec.title,
    formNo: spec.formNo ?? null,
    periodLabel: spec.periodLabel,
    orientation: spec.orientation ?? 'portrait',
    generatedAt: dayjs(ctx.now).format('YYYY-MM-DD HH:mm'),
    columns: [{ key: 'no', label: t('registers.col.no'), width: 6 }, ...spec.columns],
    rows: spec.rows.map((row, i) => ({ no: String(i + 1), ...row })),
    signatures: spec.signatures ?? [t('registers.signDrafter'), t('registers.signReviewer')],
    fileStem: spec.fileStem,
  };
}
