import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassRow } from '../../../src-shared/modules/passes';
import { invoke } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

interface Props {
  pass: PassRow;
  onClose(): void;
  onRevoked(pass: PassRow): void;
}

/** Revoking cannot be undone, so the dialog says so and its button names the act rather than a neutral "save". */
export function RevokePassDialog({ pass, onClose, onRevoked }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError, setField } = useFormErrors(['reason']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setField('reason', t('passesUi.revokeDialog.reasonRequired'));
    setBusy(true);
    try {
      onRevoked(await invoke('passes.revoke', { id: pass.id, reason }));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('passesUi.revokeDialog.title', { number: pass.number, holder: pass.holderName })} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <p className="warning">{t('passesUi.revokeDialog.hint')}</p>
        <Field label={t('passesUi.revokeDialog.reason')} error={errors.fields.reason}>
          <input name="reason" autoFocus autoComplete="off" maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <ErrorBanner message={errors.general} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="primary pass-danger" disabled={busy}>
            {t('passesUi.revokeDialog.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
