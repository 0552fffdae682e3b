import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanRow } from '../../../src-shared/modules/lending';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { formatTime } from '../../components/time';
import { useFormErrors } from '../../components/useFormErrors';

/** Some or all of what is still out comes back (all by default); its condition is noted as the receptionist sees it. */
export function ReturnDialog({ loan, onClose, onDone }: { loan: LoanRow; onClose(): void; onDone(loan: LoanRow): void }) {
  const { t } = useTranslation();
  const [condition, setCondition] = useState('');
  const [quantity, setQuantity] = useState(String(loan.outQuantity));
  const [busy, setBusy] = useState(false);
  const { errors, fromError } = useFormErrors(['quantity', 'condition']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const n = Number(quantity);
      const part = loan.outQuantity > 1 && Number.isInteger(n) && n > 0 ? { quantity: n } : {};
      onDone(await invoke('lending.return', { id: loan.id, ...part, condition: condition.trim() }));
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
        {loan.returnedQuantity > 0 ? (
          <p className="lend-code-note">{t('lendingUi.loans.partState', { back: loan.returnedQuantity, out: loan.outQuantity })}</p>
        ) : null}
        {loan.outQuantity > 1 ? (
          <Field label={t('lendingUi.loans.returnQuantity', { out: loan.outQuantity })} error={errors.fields.quantity}>
            <input name="quantity" type="number" className="lend-narrow" min={1} value={quantity} onChange={(e) => setQuantity(e.target.value)} />
          </Field>
        ) : null}
        <Field label={t('lendingUi.loans.condition')} error={errors.fields.condition}>
          <input name="condition" autoComplete="off" placeholder={t('lendingUi.loans.conditionPlaceholder')} value={condition} onChange={(e) => setCondition(e.target.value)} />
        </Field>
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} submitLabel={t('lendingUi.loans.returnSubmit')} />
      </form>
    </Dialog>
  );
}
