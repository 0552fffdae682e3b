import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailItemRow } from '../../../src-shared/modules/mail';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner } from '../../components/Field';
import { SignaturePad } from '../../components/SignaturePad';
import { useFormErrors } from '../../components/useFormErrors';
import { letterRecipient } from './LetterTable';

interface Props {
  registered: MailItemRow[];
  /** Ordinary letters ticked with them: they go into the mailbox in the same act, without a signature. */
  ordinaryCount: number;
  onClose(): void;
  deliver(signature: string): Promise<void>;
}

/** A registered letter is put into the recipient's hands against their signature, drawn here. */
export function LetterSignDialog({ registered, ordinaryCount, onClose, deliver }: Props) {
  const { t } = useTranslation();
  const [signature, setSignature] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, fromError } = useFormErrors(['signature']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!signature) return;
    setBusy(true);
    try {
      await deliver(signature);
    } catch (err) {
      fromError(err);
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('mailUi.pickup.letters.signTitle')} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <div>
          <p>{t('mailUi.pickup.letters.signIntro')}</p>
          <ul className="letter-sign-list">
            {registered.map((m) => (
              <li key={m.id}>
                <span className="pickup-mono">{m.trackingNo}</span> {letterRecipient(m)}
              </li>
            ))}
          </ul>
          {ordinaryCount ? <p className="muted">{t('mailUi.pickup.letters.alsoOrdinary', { count: ordinaryCount })}</p> : null}
        </div>
        <SignaturePad
          label={t('mailUi.pickup.letters.signLabel')}
          placeholder={t('mailUi.pickup.signHere')}
          clearLabel={t('mailUi.pickup.clear')}
          onChange={setSignature}
          error={errors.fields.signature}
        />
        <ErrorBanner message={errors.general} />
        {/* Unsigned counts as busy: the submit stays disabled until the recipient has signed. */}
        <DialogButtons busy={busy || !signature} onClose={onClose} submitLabel={t('mailUi.pickup.letters.signSubmit')} />
      </form>
    </Dialog>
  );
}
