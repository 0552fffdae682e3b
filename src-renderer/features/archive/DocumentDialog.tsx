import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ARCHIVE_CATEGORY_CODES, ARCHIVE_LEVELS, type ArchiveCategory, type ArchiveDocumentRow, type ArchiveLevel } from '../../../src-shared/modules/archive';
import { formatIndexNo } from '../../../src-shared/rules/index-number';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';
import { IndexField } from './IndexField';
import { boxOptions, useArchiveSetup } from './useArchiveSetup';

const FIELDS = ['title', 'docNo', 'drawingNo', 'version', 'category', 'level', 'copies', 'contentNote', 'departmentId', 'docDate', 'retention', 'boxId', 'indexNo'] as const;

interface Props {
  /** Absent: a new document. */
  doc?: ArchiveDocumentRow;
  onClose(): void;
  onDone(doc: ArchiveDocumentRow): void;
}

/** Catalogues a document (000 §5.4.3) or edits its description; the index number comes from category + box. */
export function DocumentDialog({ doc, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { cabinets, departments, error: setupError } = useArchiveSetup();
  const { errors, fromError } = useFormErrors(FIELDS);
  const [busy, setBusy] = useState(false);
  const [f, setF] = useState({
    title: doc?.title ?? '',
    docNo: doc?.docNo ?? '',
    drawingNo: doc?.drawingNo ?? '',
    version: doc?.version ?? '',
    category: (doc?.category ?? 'f') as ArchiveCategory,
    level: (doc?.level ?? 'B') as ArchiveLevel,
    copies: String(doc?.copies ?? 1),
    contentNote: doc?.contentNote ?? '',
    departmentId: doc ? String(doc.departmentId) : '',
    docDate: doc?.docDate ?? new Date().toISOString().slice(0, 10),
    retention: doc?.retention ?? '长期',
    publiclyPosted: doc?.publiclyPosted ?? false,
    placeBy: 'box' as 'box' | 'index',
    boxId: '',
    indexNo: '',
  });
  const set = (patch: Partial<typeof f>) => setF((x) => ({ ...x, ...patch }));
  const boxes = boxOptions(cabinets);
  const chosen = boxes.find((b) => String(b.id) === f.boxId);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const body = {
      title: f.title,
      docNo: f.docNo,
      drawingNo: f.drawingNo,
      version: f.version,
      category: f.category,
      level: f.level,
      copies: Number(f.copies),
      contentNote: f.contentNote,
      departmentId: Number(f.departmentId),
      docDate: f.docDate,
      retention: f.retention,
      publiclyPosted: f.publiclyPosted,
    };
    try {
      const saved = doc
        ? await invoke('archive.documents.update', { id: doc.id, ...body })
        : await invoke('archive.documents.create', { ...body, ...(f.placeBy === 'box' ? (f.boxId ? { boxId: Number(f.boxId) } : {}) : { indexNo: f.indexNo }) });
      onDone(saved);
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={doc ? t('archiveUi.form.editTitle', { index: doc.indexNo }) : t('archiveUi.form.createTitle')} onClose={onClose} wide>
      <form onSubmit={submit} className="archive-form">
        <ErrorBanner message={setupError ?? errors.general} />
        <Field label={t('archiveUi.form.title')} error={errors.fields.title}>
          <input name="title" value={f.title} maxLength={120} onChange={(e) => set({ title: e.target.value })} />
        </Field>
        <div className="archive-grid">
          <Field label={t('archiveUi.form.docNo')} error={errors.fields.docNo}>
            <input name="docNo" value={f.docNo} maxLength={40} onChange={(e) => set({ docNo: e.target.value })} />
          </Field>
          <Field label={t('archiveUi.form.drawingNo')} error={errors.fields.drawingNo}>
            <input name="drawingNo" value={f.drawingNo} maxLength={40} onChange={(e) => set({ drawingNo: e.target.value })} />
          </Field>
          <Field label={t('archiveUi.form.version')} error={errors.fields.version}>
            <input name="version" value={f.version} maxLength={20} onChange={(e) => set({ version: e.target.value })} />
          </Field>
          <Field label={t('archiveUi.form.category')} error={errors.fields.category}>
            <select name="category" value={f.category} onChange={(e) => set({ category: e.target.value as ArchiveCategory })}>
              <optgroup label={t('archiveUi.controlled')}>
                {ARCHIVE_CATEGORY_CODES.slice(0, 6).map((c) => (
                  <option key={c} value={c}>{t(`archiveUi.categories.${c}`)}</option>
                ))}
              </optgroup>
              <optgroup label={t('archiveUi.uncontrolled')}>
                {ARCHIVE_CATEGORY_CODES.slice(6).map((c) => (
                  <option key={c} value={c}>{t(`archiveUi.categories.${c}`)}</option>
                ))}
              </optgroup>
            </select>
          </Field>
          <Field label={t('archiveUi.form.level')} error={errors.fields.level}>
            <select name="level" value={f.level} onChange={(e) => set({ level: e.target.value as ArchiveLevel })}>
              {ARCHIVE_LEVELS.map((l) => (
                <option key={l} value={l}>{t(`archiveUi.levels.${l}`)}</option>
              ))}
            </select>
          </Field>
          <Field label={t('archiveUi.form.copies')} error={errors.fields.copies}>
            <input name="copies" type="number" min={1} max={9999} value={f.copies} onChange={(e) => set({ copies: e.target.value })} />
          </Field>
          <Field label={t('archiveUi.form.department')} error={errors.fields.departmentId}>
            <select name="departmentId" value={f.departmentId} onChange={(e) => set({ departmentId: e.target.value })}>
              <option value="">{t('archiveUi.form.chooseDepartment')}</option>
              {departments.filter((d) => d.active || String(d.id) === f.departmentId).map((d) => (
                <option key={d.id} value={d.id}>{d.name}</option>
              ))}
            </select>
          </Field>
          <Field label={t('archiveUi.form.docDate')} error={errors.fields.docDate}>
            <input name="docDate" type="date" value={f.docDate} onChange={(e) => set({ docDate: e.target.value })} />
          </Field>
          <Field label={t('archiveUi.form.retention')} error={errors.fields.retention}>
            <input name="retention" value={f.retention} maxLength={20} onChange={(e) => set({ retention: e.target.value })} />
          </Field>
        </div>
        <Field label={t('archiveUi.form.contentNote')} error={errors.fields.contentNote}>
          <textarea name="contentNote" rows={2} maxLength={300} value={f.contentNote} onChange={(e) => set({ contentNote: e.target.value })} />
        </Field>
        <label className="checkbox">
          <input name="publiclyPosted" type="checkbox" checked={f.publiclyPosted} onChange={(e) => set({ publiclyPosted: e.target.checked })} />
          {t('archiveUi.form.publiclyPosted')}
        </label>
        {doc ? null : (
          <fieldset className="archive-place">
            <legend>{t('archiveUi.form.placeBy')}</legend>
            <label className="checkbox">
              <input type="radio" name="placeBy" checked={f.placeBy === 'box'} onChange={() => set({ placeBy: 'box' })} />
              {t('archiveUi.form.byBox')}
            </label>
            <label className="checkbox">
              <input type="radio" name="placeBy" checked={f.placeBy === 'index'} onChange={() => set({ placeBy: 'index' })} />
              {t('archiveUi.form.byIndex')}
            </label>
            {f.placeBy === 'box' ? (
              <Field
                label={t('archiveUi.form.box')}
                error={errors.fields.boxId}
                hint={chosen ? t('archiveUi.form.indexPreview', { index: formatIndexNo({ category: f.category, cabinet: chosen.cabinet.number, serial: chosen.cabinet.serial, box: chosen.box.boxNo }) }) : undefined}
              >
                <select name="boxId" value={f.boxId} onChange={(e) => set({ boxId: e.target.value })}>
                  <option value="">{t('archiveUi.form.chooseBox')}</option>
                  {boxes.map((b) => (
                    <option key={b.id} value={b.id}>{b.text}</option>
                  ))}
                </select>
              </Field>
            ) : (
              <IndexField label={t('archiveUi.form.indexNo')} name="indexNo" value={f.indexNo} serverError={errors.fields.indexNo} onChange={(indexNo) => set({ indexNo })} />
            )}
          </fieldset>
        )}
        <DialogButtons busy={busy} onClose={onClose} submitLabel={doc ? undefined : t('archiveUi.form.save')} />
      </form>
    </Dialog>
  );
}
