import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageRow } from '../../../src-shared/modules/lending';
import { DeskApiError, invoke } from '../../api/client';
import { Field } from '../../components/Field';
import { SignaturePad } from '../../components/SignaturePad';
import { useFormErrors } from '../../components/useFormErrors';

const FIELDS = ['claimCode', 'claimantName', 'claimantPhone', 'signature'];

/**
 * The claimant gives the code, their name and phone, and signs; main finds the item by the code and checks the
 * person against the owner and the authorised collectors. A mismatch is shown as a red refusal, nothing handed back.
 */
export function HandBackForm({ onDone }: { onDone(item: StorageRow): void }) {
  const { t } = useTranslation();
  const [claimCode, setClaimCode] = useState('');
  const [claimantName, setClaimantName] = useState('');
  const [claimantPhone, setClaimantPhone] = useState('');
  const [signature, setSignature] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(FIELDS);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!signature) return;
    setBusy(true);
    setRefusal(null);
    clear();
    try {
      onDone(await invoke('lending.storage.handBack', { claimCode: claimCode.trim(), claimantName: claimantName.trim(), claimantPhone: claimantPhone.trim(), signature }));
    } catch (err) {
      if (err instanceof DeskApiError && (err.code === 'CLAIM_MISMATCH' || err.code === 'LENDING_CLOSED')) setRefusal(err.message);
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="lend-form" onSubmit={(e) => void submit(e)} aria-label={t('lendingUi.storage.handBackTitle')}>
      <h2>{t('lendingUi.storage.handBackTitle')}</h2>
      <Field label={t('lendingUi.storage.claimCode')} error={errors.fields.claimCode}>
        <input name="claimCode" className="lend-mono lend-code-input" inputMode="numeric" maxLength={6} autoComplete="off" value={claimCode} onChange={(e) => setClaimCode(e.target.value)} />
      </Field>
      <div className="lend-row">
        <Field label={t('lendingUi.storage.claimantName')} error={errors.fields.claimantName}>
          <input name="claimantName" autoComplete="off" value={claimantName} onChange={(e) => setClaimantName(e.target.value)} />
        </Field>
        <Field label={t('lendingUi.storage.claimantPhone')} error={errors.fields.claimantPhone}>
          <input name="claimantPhone" inputMode="tel" autoComplete="off" value={claimantPhone} onChange={(e) => setClaimantPhone(e.target.value)} />
        </Field>
      </div>
      <SignaturePad
        label={t('lendingUi.storage.signLabel')}
        placeholder={t('lendingUi.storage.signHere')}
        clearLabel={t('lendingUi.storage.clear')}
        onChange={setSignature}
        error={errors.fields.signature}
        height={150}
      />
      {refusal ? (
        <div className="lend-refusal" role="alert">
          {refusal}
        </div>
      ) : errors.general ? (
        <div className="error-banner" role="alert">
          {errors.general}
        </div>
      ) : null}
      <div className="lend-foot">
        {/* Unsigned, nothing can be handed back. */}
        <button type="submit" className="primary lend-submit" disabled={busy || !signature}>
          {t('lendingUi.storage.handBackSubmit')}
        </button>
      </div>
    </form>
  );
}
