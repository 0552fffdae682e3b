import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CARRIERS, type BatchRow, type Carrier } from '../../../src-shared/modules/mail';
import { invoke } from '../../api/client';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';
import { carrierText } from './ScanCarrierField';

interface Props {
  onOpened(batch: BatchRow): void;
}

const FIELDS = ['carrier', 'courierName', 'courierPhone'];

/** A courier at the counter with a cart: who and for which company, before the first scan. */
export function BatchOpenForm({ onOpened }: Props) {
  const { t } = useTranslation();
  const [carrier, setCarrier] = useState<Carrier | ''>('');
  const [courierName, setCourierName] = useState('');
  const [courierPhone, setCourierPhone] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError, setField } = useFormErrors(FIELDS);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!carrier) return setField('carrier', t('validation.required'));
    if (!courierName.trim()) return setField('courierName', t('validation.required'));
    setBusy(true);
    try {
      onOpened(await invoke('mail.batches.open', { carrier, courierName: courierName.trim(), courierPhone: courierPhone.trim() }));
    } catch (err) {
      fromError(err);
      setBusy(false);
    }
  };

  return (
    <form className="form mail-signin-panel" onSubmit={(e) => void submit(e)}>
      <h2>{t('mailUi.signIn.open.title')}</h2>
      <div className="mail-signin-open-grid">
        <Field label={t('mailUi.signIn.open.carrier')} error={errors.fields.carrier}>
          <select name="carrier" autoFocus value={carrier} onChange={(e) => setCarrier(e.target.value as Carrier | '')}>
            <option value="">{t('mailUi.signIn.open.choose')}</option>
            {CARRIERS.map((c) => (
              <option key={c} value={c}>
                {carrierText(c, t)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('mailUi.signIn.open.courierName')} error={errors.fields.courierName}>
          <input name="courierName" autoComplete="off" maxLength={20} value={courierName} onChange={(e) => setCourierName(e.target.value)} />
        </Field>
        <Field label={t('mailUi.signIn.open.courierPhone')} error={errors.fields.courierPhone}>
          <input name="courierPhone" autoComplete="off" inputMode="tel" maxLength={20} value={courierPhone} onChange={(e) => setCourierPhone(e.target.value)} />
        </Field>
      </div>
      <ErrorBanner message={errors.general} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('mailUi.signIn.open.submit')}
        </button>
      </div>
    </form>
  );
}
