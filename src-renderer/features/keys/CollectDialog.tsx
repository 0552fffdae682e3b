import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepositRow } from '../../../src-shared/modules/keys';
import { DeskApiError, invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner } from '../../components/Field';
import { SignaturePad } from '../../components/SignaturePad';
import { useFormErrors } from '../../components/useFormErrors';

/**
 * Hands deposited keys back: the desk picks the owner or one of the people the owner named (never a name typed
 * freely), and that person signs. Main checks the person again and refuses anyone else.
 */
export function CollectDialog({ deposit, onClose, onDone }: { deposit: DepositRow; onClose(): void; onDone(d: DepositRow): void }) {
  const { t } = useTranslation();
  /** `owner`, or the index of a named collector. */
  const [who, setWho] = useState<'owner' | number>('owner');
  const [signature, setSignature] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(['signature']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!signature || busy) return;
    setBusy(true);
    setRefusal(null);
    clear();
    const named = who === 'owner' ? null : deposit.collectors[who];
    const collector = named ? { kind: 'authorised' as const, name: named.name, phone: named.phone } : { kind: 'owner' as const, name: deposit.ownerName, phone: '' };
    try {
      onDone(await invoke('keys.deposits.collect', { id: deposit.id, collector, signature }));
    } catch (err) {
      if (err instanceof DeskApiError && (err.code === 'DEPOSIT_NOT_AUTHORISED' || err.code === 'ALREADY_PICKED_UP')) setRefusal(err.message);
      else fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('keyDepositsUi.collect.title', { number: deposit.depositNo })} onClose={onClose}>
      <form className="form keys-collect" onSubmit={(e) => void submit(e)}>
        <p className="keys-collect-facts">
          {t('keyDepositsUi.collect.facts', { unit: deposit.unitLabel, owner: deposit.ownerName, description: deposit.description, count: deposit.count })}
        </p>
        <fieldset className="keys-collect-who">
          <legend>{t('keyDepositsUi.collect.who')}</legend>
          <label className="keys-check">
            <input type="radio" name="who" checked={who === 'owner'} onChange={() => setWho('owner')} />
            {t('keyDepositsUi.collect.owner', { name: deposit.ownerName })}
          </label>
          {deposit.collectors.map((c, i) => (
            <label className="keys-check" key={c.name}>
              <input type="radio" name="who" checked={who === i} onChange={() => setWho(i)} />
              {t('keyDepositsUi.collect.authorised')}：{c.name} {c.phone}
            </label>
          ))}
          {deposit.collectors.length === 0 ? <p className="muted">{t('keyDepositsUi.collect.noneAuthorised')}</p> : null}
        </fieldset>
        <SignaturePad
          label={t('keyDepositsUi.collect.sign')}
          placeholder={t('keyDepositsUi.collect.signHere')}
          clearLabel={t('keyDepositsUi.collect.clear')}
          onChange={setSignature}
          error={errors.fields.signature}
          height={140}
        />
        {refusal ? (
          <p className="keys-refusal" role="alert">
            {refusal}
          </p>
        ) : null}
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy || !signature} onClose={onClose} submitLabel={t('keyDepositsUi.collect.submit')} />
      </form>
    </Dialog>
  );
}
