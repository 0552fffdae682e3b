import { ARCHIVE_CATEGORY_NAMES, ARCHIVE_LEVEL_NAMES, type ArchiveCategory, type ArchiveLabels } from '../../../src-shared/modules/archive';
import type { RegisterData } from '../../../src-shared/modules/registers';
import type { Ctx } from '../../ipc/context';
import { buildRegister, registerColumns, registerT } from '../registers/build';
import { readSettings } from '../settings/store';
import { docsWhere } from './queries';
import { listCabinets, mustFindCabinet, rangesWhere, rangeText } from './storage';

/**
 * 存档备案资料目录 QR-WD01-02-02 (000 §5.4.3, §6: kept long-term by the office): category, index number, copies and
 * the content note of every active document, in index-number order, with 起草人 / 审核人 / 审批人.
 */
export function catalogue(ctx: Ctx, input: { category?: ArchiveCategory; cabinetId?: number }): RegisterData {
  const t = registerT(ctx);
  const where: string[] = [`d.status = 'active'`];
  const params: unknown[] = [];
  const scope: string[] = [];
  if (input.category) {
    where.push('d.category = ?');
    params.push(input.category);
    scope.push(`${t('archive.col.category')}：${input.category} ${ARCHIVE_CATEGORY_NAMES[input.category]}`);
  }
  if (input.cabinetId) {
    const c = mustFindCabinet(ctx, input.cabinetId);
    where.push('b.cabinet_id = ?');
    params.push(c.id);
    scope.push(t('archive.cabinetCode', { code: c.code }));
  }
  const docs = docsWhere(ctx, `${where.join(' AND ')} ORDER BY d.category, c.number, c.serial, b.box_no, d.id`, ...params);
  return buildRegister(ctx, {
    title: t('archive.catalogueTitle'),
    formNo: 'QR-WD01-02-02',
    orientation: 'landscape',
    periodLabel: [scope.length ? scope.join('，') : t('archive.allDocuments'), t('archive.keptLongTerm')].join(' · '),
    columns: registerColumns(t, 'archive.col', { category: 14, indexNo: 11, title: 28, version: 6, copies: 5, level: 7, department: 9, docDate: 10, retention: 7, contentNote: 22 }),
    rows: docs.map((d) => ({
      category: `${d.category} ${d.categoryName}`,
      indexNo: d.indexNo,
      title: [d.title, d.docNo, d.drawingNo ? `${t('archive.col.drawingNo')} ${d.drawingNo}` : ''].filter(Boolean).join(' / '),
      version: d.version,
      copies: String(d.copies),
      level: ARCHIVE_LEVEL_NAMES[d.level],
      department: d.departmentName,
      docDate: d.docDate,
      retention: d.retention,
      contentNote: d.contentNote,
    })),
    signatures: [t('archive.signDrafter'), t('archive.signReviewer'), t('archive.signApprover')],
    fileStem: 'archive-catalogue',
  });
}

/** Cabinet labels carry the index range they hold (000 §5.4.3); box labels their own range. Codes go into barcodes. */
export function labels(ctx: Ctx, input: { cabinetIds?: number[]; boxIds?: number[] }): ArchiveLabels {
  const t = registerT(ctx);
  const all = listCabinets(ctx, true);
  const none = !input.cabinetIds && !input.boxIds;
  const cabinets = all.filter((c) => (none ? c.active : input.cabinetIds?.includes(c.id)));
  const boxes = all.flatMap((c) =>
    c.boxes.filter((b) => (none ? c.active && b.active : input.boxIds?.includes(b.id))).map((b) => ({ c, b })),
  );
  return {
    orgName: readSettings(ctx.db).orgName,
    cabinets: cabinets.map((c) => ({ code: c.code, barcode: c.barcode, title: t('archive.cabinetCode', { code: c.code }), location: c.location, rangeText: c.rangeText })),
    boxes: boxes.map(({ c, b }) => ({
      code: b.code,
      barcode: b.barcode,
      title: t('archive.boxCode', { code: b.code }),
      label: b.label,
      rangeText: rangeText(rangesWhere(ctx, 'b.id = ?', b.id)) || c.location,
    })),
  };
}
