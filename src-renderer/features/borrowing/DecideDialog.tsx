import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BorrowRow } from '../../../src-shared/modules/borrowing';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';
import { borrowerText } from './rowText';

/** The approver's own act (000 §5.6.4): approve, or reject with a reason; main checks the role and department. */
export function DecideDialog({ row, verdict, onClose, onDone }: { row: BorrowRow; verdict: 'approve' | 'reject'; onClose(): void; onDone(r: BorrowRow): void }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError, setField } = useFormErrors(['comment']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (verdict === 'reject' && !comment.trim()) return setField('comment', t('borrowingUi.decide.rejectNeedsComment'));
    setBusy(true);
    try {
      onDone(await invoke(verdict === 'approve' ? 'borrowing.approve' : 'borrowing.reject', { id: row.id, comment }));
    } catch (err) {
      fromError(err);
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('borrowingUi.decide.title', { no: row.requestNo })} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <p>{t('borrowingUi.decide.intro', { doc: `${row.docTitle} ${row.indexNo}`, level: row.level, who: borrowerText(t, row), purpose: row.purpose, due: row.dueDate })}</p>
        {row.officers.length ? (
          <p className="muted">{t('borrowingUi.decide.officers', { list: row.officers.map((o) => `${o.name}（${t(`borrowing.credentialTypes.${o.credentialType}`)} ${o.credentialNo}）`).join('、') })}</p>
        ) : null}
        <Field label={t('borrowingUi.decide.comment')} error={errors.fields.comment}>
          <input name="comment" autoComplete="off" value={comment} onChange={(e) => setComment(e.target.value)} />
        </Field>
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} danger={verdict === 'reject'} submitLabel={t(verdict === 'approve' ? 'borrowingUi.approve' : 'borrowingUi.reject')} />
      </form>
    </Dialog>
  );
}
