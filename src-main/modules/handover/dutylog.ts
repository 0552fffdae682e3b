import dayjs from 'dayjs';
import type { HandoverFigure, HandoverItem } from '../../../src-shared/modules/handover';
import type { RegisterData } from '../../../src-shared/modules/registers';
import { formatTime } from '../../../src-shared/rules/time';
import type { Ctx } from '../../ipc/context';
import { buildRegister, registerT } from '../registers/build';
import { handoversWhere } from './queries';

/**
 * 值班日志 (001 §5.6 值班日志填寫規定) of one day: every handover submitted that day, confirmed or still waiting, in
 * order. The seeds give the log no form number, so it carries none.
 */
export function dutyLog(ctx: Ctx, day: string): RegisterData {
  const t = registerT(ctx);
  const rows = handoversWhere(ctx, `h.handover_day = ? AND h.status <> 'withdrawn' ORDER BY h.seq`, day);
  const figure = (figures: HandoverFigure[], item: HandoverItem): string => {
    const f = figures.find((x) => x.item === item);
    if (!f) return '';
    const head = f.counted === null || f.counted === f.reported ? String(f.reported) : t('handover.reportedCounted', { reported: f.reported, counted: f.counted });
    return f.lines.length ? `${head}：${f.lines.join('；')}` : head;
  };
  return buildRegister(ctx, {
    title: t('handover.registerTitle'),
    orientation: 'landscape',
    periodLabel: dayjs(day).format('YYYY-MM-DD'),
    columns: [
      { key: 'handoverNo', label: t('handover.col.handoverNo'), width: 14 },
      { key: 'outgoing', label: t('handover.col.outgoing'), width: 14 },
      { key: 'incoming', label: t('handover.col.incoming'), width: 14 },
      { key: 'keys', label: t('handover.items.keys_out'), width: 22 },
      { key: 'parcels', label: t('handover.items.parcels_held'), width: 10 },
      { key: 'visitors', label: t('handover.items.visitors_on_site'), width: 20 },
      { key: 'found', label: t('handover.items.found_items'), width: 18 },
      { key: 'issues', label: t('handover.col.issues'), width: 20 },
      { key: 'note', label: t('handover.col.note'), width: 18 },
      { key: 'differences', label: t('handover.col.differences'), width: 20 },
    ],
    rows: rows.map((h) => ({
      handoverNo: h.handoverNo,
      outgoing: `${h.outgoing} ${formatTime(h.submittedAt)}`,
      incoming: h.incoming ? `${h.incoming} ${formatTime(h.confirmedAt)}` : t('handover.waiting'),
      keys: figure(h.figures, 'keys_out'),
      parcels: figure(h.figures, 'parcels_held'),
      visitors: figure(h.figures, 'visitors_on_site'),
      found: figure(h.figures, 'found_items'),
      issues: h.issues.map((s, i) => `${i + 1}. ${s}`).join('；'),
      note: h.note,
      differences: h.figures
        .filter((f) => f.counted !== null && f.counted !== f.reported)
        .map((f) => t('handover.difference', { item: t(`handover.items.${f.item}`), reported: f.reported, counted: f.counted ?? 0, note: f.note }))
        .join('；') || (h.status === 'confirmed' ? t('handover.noDifference') : ''),
    })),
    signatures: [t('handover.signOnDuty'), t('registers.signReviewer')],
    fileStem: `值班日志-${day}`,
  });
}
