import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyDetail, LoanRow } from '../../../src-shared/modules/keys';
import { invoke } from '../../api/client';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

interface Props {
  detail: KeyDetail;
  onReturned(loan: LoanRow): void;
  onCancel(): void;
}

/** A key back on its hook, with what the clerk noticed about its state. */
export function ReturnForm({ detail, onReturned, onCancel }: Props) {
  const { t } = useTranslation();
  const [condition, setCondition] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(['condition']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    clear();
    try {
      onReturned(await invoke('keys.return', { id: detail.key.id, code: '', condition: condition.trim() }));
    } catch (error) {
      fromError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="keys-form" onSubmit={(e) => void submit(e)} aria-label={t('keysUi.loans.returnTitle')}>
      <h2>{t('keysUi.loans.returnTitle')}</h2>
      <ErrorBanner message={errors.general} />
      <Field label={t('keysUi.loans.condition')} error={errors.fields.condition} hint={t('keysUi.loans.conditionHint')}>
        <input value={condition} onChange={(e) => setCondition(e.target.value)} autoComplete="off" autoFocus />
      </Field>
      <div className="keys-form-foot">
        <button type="button" onClick={onCancel}>
          {t('keysUi.loans.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('keysUi.loans.return')}
        </button>
      </div>
    </form>
  );
}
