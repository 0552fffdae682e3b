import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveDocumentDetail } from '../../../src-shared/modules/archive';
import { errorMessage, invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field, Notice } from '../../components/Field';
import { formatTime } from '../../components/time';
import { useFormErrors } from '../../components/useFormErrors';
import { DocumentDialog } from './DocumentDialog';
import { IndexField } from './IndexField';

/** One archived document: what it is, where it is, and every move (000 §5.4.3: findable from the catalogue). */
export function DocumentDetailDialog({ id, onClose, onChanged }: { id: number; onClose(): void; onChanged(): void }) {
  const { t } = useTranslation();
  const canWrite = useCan('archive.documents.move');
  const [detail, setDetail] = useState<ArchiveDocumentDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [mode, setMode] = useState<'view' | 'edit' | 'move'>('view');

  const load = useCallback(() => {
    invoke('archive.documents.get', { id }).then(setDetail, (err: unknown) => setError(errorMessage(err)));
  }, [id]);
  useEffect(load, [load]);

  const d = detail?.document;
  if (d && mode === 'edit') {
    return (
      <DocumentDialog
        doc={d}
        onClose={() => setMode('view')}
        onDone={() => {
          setMode('view');
          load();
          onChanged();
        }}
      />
    );
  }
  if (d && mode === 'move') {
    return (
      <MoveDialog
        id={d.id}
        indexNo={d.indexNo}
        onClose={() => setMode('view')}
        onDone={(index) => {
          setMode('view');
          setNotice(t('archiveUi.detail.moved', { index }));
          load();
          onChanged();
        }}
      />
    );
  }
  const fact = (label: string, value: string) => (
    <>
      <dt>{label}</dt>
      <dd>{value || '—'}</dd>
    </>
  );
  return (
    <Dialog title={t('archiveUi.detail.title', { index: d?.indexNo ?? '' })} onClose={onClose} wide>
      <ErrorBanner message={error} />
      <Notice message={notice} />
      {d ? (
        <>
          <h3 className="archive-detail-title">{d.title}</h3>
          <dl className="archive-facts">
            {fact(t('archiveUi.list.col.indexNo'), d.indexNo)}
            {fact(t('archiveUi.detail.location'), d.location)}
            {fact(t('archiveUi.form.category'), t(`archiveUi.categories.${d.category}`))}
            {fact(t('archiveUi.form.level'), t(`archiveUi.levels.${d.level}`))}
            {fact(t('archiveUi.form.docNo'), d.docNo)}
            {fact(t('archiveUi.form.drawingNo'), d.drawingNo)}
            {fact(t('archiveUi.form.version'), d.version)}
            {fact(t('archiveUi.form.copies'), String(d.copies))}
            {fact(t('archiveUi.form.department'), d.departmentName)}
            {fact(t('archiveUi.form.docDate'), d.docDate)}
            {fact(t('archiveUi.form.retention'), d.retention)}
            {fact(t('archiveUi.detail.publiclyPosted'), d.publiclyPosted ? t('archiveUi.detail.yes') : t('archiveUi.detail.no'))}
            {fact(t('archiveUi.form.contentNote'), d.contentNote)}
            {fact(t('archiveUi.detail.createdBy'), `${formatTime(d.createdAt)} ${d.createdBy}`)}
          </dl>
          <h3>{t('archiveUi.detail.moves')}</h3>
          {detail.moves.length === 0 ? (
            <p className="muted">{t('archiveUi.detail.noMoves')}</p>
          ) : (
            <table className="data-table archive-moves">
              <thead>
                <tr>
                  <th>{t('archiveUi.detail.moveCol.at')}</th>
                  <th>{t('archiveUi.detail.moveCol.from')}</th>
                  <th>{t('archiveUi.detail.moveCol.to')}</th>
                  <th>{t('archiveUi.detail.moveCol.reason')}</th>
                  <th>{t('archiveUi.detail.moveCol.by')}</th>
                </tr>
              </thead>
              <tbody>
                {detail.moves.map((m, i) => (
                  <tr key={i} data-testid="archive-move">
                    <td className="nowrap">{m.movedAt}</td>
                    <td className="archive-mono">{m.fromIndex}</td>
                    <td className="archive-mono">{m.toIndex}</td>
                    <td>{m.reason}</td>
                    <td>{m.movedBy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
      <div className="dialog-actions">
        {d && canWrite && d.status === 'active' ? (
          <>
            <button type="button" onClick={() => setMode('edit')}>
              {t('archiveUi.detail.edit')}
            </button>
            <button type="button" onClick={() => setMode('move')}>
              {t('archiveUi.detail.move')}
            </button>
          </>
        ) : null}
        <button type="button" className="primary" onClick={onClose}>
          {t('archiveUi.close')}
        </button>
      </div>
    </Dialog>
  );
}

function MoveDialog({ id, indexNo, onClose, onDone }: { id: number; indexNo: string; onClose(): void; onDone(index: string): void }) {
  const { t } = useTranslation();
  const { errors, fromError } = useFormErrors(['indexNo', 'boxId', 'reason']);
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const moved = await invoke('archive.documents.move', { id, indexNo: to, reason });
      onDone(moved.indexNo);
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('archiveUi.detail.moveTitle', { index: indexNo })} onClose={onClose}>
      <form onSubmit={submit}>
        <ErrorBanner message={errors.general} />
        <IndexField label={t('archiveUi.detail.moveTo')} name="moveTo" value={to} serverError={errors.fields.indexNo ?? errors.fields.boxId} onChange={setTo} />
        <Field label={t('archiveUi.detail.reason')} error={errors.fields.reason}>
          <input name="reason" value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <DialogButtons busy={busy} onClose={onClose} submitLabel={t('archiveUi.detail.moveSubmit')} />
      </form>
    </Dialog>
  );
}
