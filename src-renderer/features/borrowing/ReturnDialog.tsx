import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BorrowRow } from '../../../src-shared/modules/borrowing';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { formatTime } from '../../components/time';
import { useFormErrors } from '../../components/useFormErrors';
import { borrowerText } from './rowText';

/** The office checks the document on return (000 §5.6.3): damage needs the borrower's explanation; fault is followed up. */
export function ReturnDialog({ row, onClose, onDone }: { row: BorrowRow; onClose(): void; onDone(r: BorrowRow): void }) {
  const { t } = useTranslation();
  const [condition, setCondition] = useState<'intact' | 'damaged'>('intact');
  const [remarks, setRemarks] = useState('');
  const [followUp, setFollowUp] = useState(false);
  const [busy, setBusy] = useState(false);
  const { errors, fromError } = useFormErrors(['condition', 'remarks', 'followUp']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      onDone(await invoke('borrowing.return', { id: row.id, condition, remarks, followUp: condition === 'damaged' && followUp }));
    } catch (err) {
      fromError(err);
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('borrowingUi.ret.title', { no: row.requestNo })} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <p>{t('borrowingUi.ret.intro', { doc: `${row.docTitle} ${row.indexNo}`, who: borrowerText(t, row), at: formatTime(row.lentAt), due: row.dueDate })}</p>
        <fieldset className="borrow-choice">
          <legend>{t('borrowingUi.ret.condition')}</legend>
          {(['intact', 'damaged'] as const).map((c) => (
            <label key={c}>
              <input type="radio" name="condition" value={c} checked={condition === c} onChange={() => setCondition(c)} /> {t(`borrowingUi.ret.${c}`)}
            </label>
          ))}
        </fieldset>
        <Field label={t('borrowingUi.ret.remarks')} error={errors.fields.remarks}>
          <textarea name="remarks" rows={3} value={remarks} onChange={(e) => setRemarks(e.target.value)} />
        </Field>
        {condition === 'damaged' ? (
          <label className="borrow-check">
            <input type="checkbox" name="followUp" checked={followUp} onChange={(e) => setFollowUp(e.target.checked)} /> {t('borrowingUi.ret.followUp')}
          </label>
        ) : null}
        {errors.fields.followUp ? <span className="field-error" role="alert">{errors.fields.followUp}</span> : null}
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} submitLabel={t('borrowingUi.ret.submit')} />
      </form>
    </Dialog>
  );
}
