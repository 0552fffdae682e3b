import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner, Field } from '../../components/Field';
import { OccupantPicker, type HostPick } from '../../components/OccupantPicker';
import { useFormErrors } from '../../components/useFormErrors';

/** Who a parcel is for, as `mail.parcels.signIn` takes it. */
export interface Recipient {
  occupantId?: number;
  unitId?: number;
  recipientName: string;
  recipientPhone: string;
}

interface Props {
  busy: boolean;
  /** Signs the parcel in; a refusal thrown from here lands beside the fields. */
  onSubmit(who: Recipient): Promise<void>;
  onCancel(): void;
}

const FIELDS = ['occupantId', 'unitId', 'recipientName', 'recipientPhone'];

function recipientOf(pick: HostPick): Recipient {
  return pick.occupantId
    ? { occupantId: pick.occupantId, recipientName: '', recipientPhone: '' }
    : { unitId: pick.unitId, recipientName: '', recipientPhone: '' };
}

/**
 * The recipient of the scanned parcel, keyboard only: type a few letters, Enter (or ↑↓ then Enter) takes a match,
 * Enter again signs it in. The last stop under the matches is the label's own name for someone not in the directory.
 */
export function ScanRecipient({ busy, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [pick, setPick] = useState<HostPick | null>(null);
  const [manual, setManual] = useState(false);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  /** What was typed into the picker, offered as the name when the clerk turns to the label's name. */
  const typed = useRef('');
  const pickerBox = useRef<HTMLDivElement>(null);
  const unmatchedButton = useRef<HTMLButtonElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const { errors, fromError, setField, clear } = useFormErrors(FIELDS);

  // The picker swaps its input for the picked name, so focus would fall to the page: the next Enter signs in.
  useEffect(() => {
    if (pick) submitButton.current?.focus();
  }, [pick]);

  const toManual = () => {
    clear();
    // Digits are a unit or a phone tail that found nobody, not a name.
    if (!name && typed.current.trim() && !/\d/.test(typed.current)) setName(typed.current.trim());
    setManual(true);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    let who: Recipient;
    if (manual) {
      if (!name.trim()) return setField('recipientName', t('validation.required'));
      who = { recipientName: name.trim(), recipientPhone: phone.trim() };
    } else if (pick) {
      who = recipientOf(pick);
    } else {
      return;
    }
    try {
      await onSubmit(who);
    } catch (err) {
      fromError(err);
    }
  };

  /** ↑↓ walk the picker's input, its matches and the "not in the directory" button; Esc drops the parcel. */
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
      return;
    }
    if ((e.key !== 'ArrowDown' && e.key !== 'ArrowUp') || !pickerBox.current) return;
    const stops: HTMLElement[] = [
      ...pickerBox.current.querySelectorAll<HTMLElement>('input, .suggestion'),
      ...(unmatchedButton.current ? [unmatchedButton.current] : []),
    ];
    const at = stops.findIndex((s) => s === document.activeElement);
    if (at < 0) return;
    e.preventDefault();
    stops[e.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0)].focus();
  };

  return (
    <form className="form mail-signin-recipient" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown}>
      {manual ? (
        <div className="mail-signin-manual">
          <Field label={t('mailUi.signIn.scan.nameOnLabel')} error={errors.fields.recipientName}>
            <input name="recipientName" autoFocus autoComplete="off" maxLength={40} value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field label={t('mailUi.signIn.scan.phoneOnLabel')} error={errors.fields.recipientPhone}>
            <input name="recipientPhone" autoComplete="off" inputMode="tel" maxLength={20} value={phone} onChange={(e) => setPhone(e.target.value)} />
          </Field>
          <button type="button" className="link" onClick={() => setManual(false)}>
            {t('mailUi.signIn.scan.fromDirectory')}
          </button>
        </div>
      ) : (
        <div ref={pickerBox} onInput={(e) => (typed.current = (e.target as HTMLInputElement).value)}>
          <OccupantPicker
            label={t('mailUi.signIn.scan.recipient')}
            value={pick}
            onChange={(p) => {
              clear();
              setPick(p);
            }}
            allowUnitOnly
            autoFocus
            error={errors.fields.occupantId ?? errors.fields.unitId}
          />
          {pick ? null : (
            <button type="button" ref={unmatchedButton} className="mail-signin-unmatched" onClick={toManual}>
              {t('mailUi.signIn.scan.unmatched')}
            </button>
          )}
        </div>
      )}
      <span className="field-hint">{t(manual ? 'mailUi.signIn.scan.manualHint' : 'mailUi.signIn.scan.recipientHint')}</span>
      <ErrorBanner message={errors.general} />
      <div className="row">
        <button type="submit" ref={submitButton} className="primary mail-signin-submit" disabled={busy || (!manual && !pick)}>
          {t('mailUi.signIn.scan.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('mailUi.signIn.scan.cancel')}
        </button>
      </div>
    </form>
  );
}
