import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailItemRow } from '../../../src-shared/modules/mail';
import { invoke } from '../../api/client';
import { ErrorBanner, Field } from '../../components/Field';
import { OccupantPicker, type HostPick } from '../../components/OccupantPicker';
import { useFormErrors } from '../../components/useFormErrors';

interface Props {
  onDone(letter: MailItemRow): void;
}

type LetterKind = 'letter' | 'registered';

const FIELDS = ['trackingNo', 'occupantId', 'unitId', 'recipientName', 'pieces', 'sender', 'remarks'];

/** A letter or a registered letter (挂号信) as it comes in: for whom, how many, from whom. */
export function LetterForm({ onDone }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<LetterKind>('letter');
  const [trackingNo, setTrackingNo] = useState('');
  const [host, setHost] = useState<HostPick | null>(null);
  /** The name on the envelope, for someone the directory does not know (yet): kept as unmatched until assigned. */
  const [byName, setByName] = useState(false);
  const [recipientName, setRecipientName] = useState('');
  const [pieces, setPieces] = useState('1');
  const [sender, setSender] = useState('');
  const [remarks, setRemarks] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError, setField, clear } = useFormErrors(FIELDS);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!byName && !host) return setField('unitId', t('mailUi.pickup.letters.chooseRecipient'));
    setBusy(true);
    clear();
    try {
      const letter = await invoke('mail.letters.register', {
        kind,
        trackingNo: kind === 'registered' ? trackingNo.trim() : '',
        ...(!byName && host ? { unitId: host.unitId, ...(host.occupantId ? { occupantId: host.occupantId } : {}) } : {}),
        recipientName: byName ? recipientName.trim() : '',
        pieces: pieces.trim() === '' ? 1 : Number(pieces),
        sender: sender.trim(),
        remarks: remarks.trim(),
      });
      onDone(letter);
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="letter-form" onSubmit={(e) => void submit(e)} aria-label={t('mailUi.pickup.letters.registerTitle')}>
      <h2>{t('mailUi.pickup.letters.registerTitle')}</h2>
      <div className="letter-grid">
        <fieldset className="field letter-span-2">
          <legend className="field-label">{t('mailUi.pickup.letters.kind')}</legend>
          <div className="letter-kinds">
            {(['letter', 'registered'] as const).map((k) => (
              <label key={k} className={kind === k ? 'pickup-kind pickup-kind-on' : 'pickup-kind'}>
                <input type="radio" name="letterKind" checked={kind === k} onChange={() => setKind(k)} />
                {t(`mailUi.kind.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="letter-span-2">
          {kind === 'registered' ? (
            <Field label={t('mailUi.pickup.letters.trackingNo')} error={errors.fields.trackingNo}>
              <input
                autoFocus
                autoComplete="off"
                spellCheck={false}
                maxLength={60}
                className="pickup-mono"
                placeholder={t('mailUi.pickup.letters.trackingPlaceholder')}
                value={trackingNo}
                onChange={(e) => setTrackingNo(e.target.value.toUpperCase())}
              />
            </Field>
          ) : null}
        </div>
        <div className="letter-span-2" />

        <div className="letter-span-3 field">
          {byName ? (
            <Field label={t('mailUi.pickup.letters.recipientName')} error={errors.fields.recipientName}>
              <input autoFocus autoComplete="off" maxLength={40} value={recipientName} onChange={(e) => setRecipientName(e.target.value)} />
            </Field>
          ) : (
            <OccupantPicker
              label={t('mailUi.pickup.letters.recipient')}
              value={host}
              onChange={setHost}
              allowUnitOnly
              autoFocus={kind === 'letter'}
              placeholder={t('mailUi.pickup.letters.recipientPlaceholder')}
              error={errors.fields.unitId ?? errors.fields.occupantId ?? errors.fields.recipientName}
            />
          )}
          <button type="button" className="link letter-switch" onClick={() => setByName((b) => !b)}>
            {byName ? t('mailUi.pickup.letters.backToDirectory') : t('mailUi.pickup.letters.notInDirectory')}
          </button>
        </div>
        <div className="letter-span-1">
          <Field label={t('mailUi.pickup.letters.pieces')} error={errors.fields.pieces}>
            <input type="number" min={1} max={50} value={pieces} onChange={(e) => setPieces(e.target.value)} />
          </Field>
        </div>
        <div className="letter-span-2">
          <Field label={t('mailUi.pickup.letters.sender')} error={errors.fields.sender}>
            <input autoComplete="off" maxLength={60} value={sender} onChange={(e) => setSender(e.target.value)} />
          </Field>
        </div>
        <div className="letter-span-6">
          <Field label={t('mailUi.pickup.letters.remarks')} error={errors.fields.remarks}>
            <input autoComplete="off" maxLength={200} value={remarks} onChange={(e) => setRemarks(e.target.value)} />
          </Field>
        </div>
      </div>
      <ErrorBanner message={errors.general} />
      <div className="letter-form-foot">
        <button type="submit" className="primary" disabled={busy}>
          {t('mailUi.pickup.letters.submit')}
        </button>
      </div>
    </form>
  );
}
