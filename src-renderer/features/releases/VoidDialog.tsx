import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlipRow } from '../../../src-shared/modules/releases';
import { invoke } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

interface Props {
  slip: SlipRow;
  onClose(): void;
  onVoided(slip: SlipRow): void;
}

export function VoidDialog({ slip, onClose, onVoided }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError } = useFormErrors(['reason']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      // Main checks the reason is there; its message lands under the field.
      onVoided(await invoke('releases.void', { id: slip.id, reason: reason.trim() }));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('releasesUi.voidDialog.title', { number: slip.number })} onClose={onClose}>
      <form onSubmit={submit} className="form">
        <p className="warning">{t('releasesUi.voidDialog.hint')}</p>
        <Field label={t('releasesUi.voidDialog.reason')} error={errors.fields.reason}>
          <input autoFocus maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <ErrorBanner message={errors.general} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('releasesUi.voidDialog.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
