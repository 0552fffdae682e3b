import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanRow } from '../../../src-shared/modules/lending';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { formatTime } from '../../components/time';
import { useFormErrors } from '../../components/useFormErrors';

/** The whole loan comes back; its condition is noted as the receptionist sees it. */
export function ReturnDialog({ loan, onClose, onDone }: { loan: LoanRow; onClose(): void; onDone(loan: LoanRow): void }) {
  const { t } = useTranslation();
  const [condition, setCondition] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError } = useFormErrors(['condition']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      onDone(await invoke('lending.return', { id: loan.id, condition: condition.trim() }));
    } catch (err) {
      fromError(err);
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('lendingUi.loans.returnTitle', { loanNo: loan.loanNo })} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <p>
          {t('lendingUi.loans.returnIntro', {
            type: loan.typeName, quantity: loan.quantity, who: `${loan.roomLabel} ${loan.borrowerName}`, at: formatTime(loan.lentAt),
          })}
        </p>
        <Field label={t('lendingUi.loans.condition')} error={errors.fields.condition}>
          <input name="condition" autoComplete="off" placeholder={t('lendingUi.loans.conditionPlaceholder')} value={condition} onChange={(e) => setCondition(e.target.value)} />
        </Field>
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} submitLabel={t('lendingUi.loans.returnSubmit')} />
      </form>
    </Dialog>
  );
}
