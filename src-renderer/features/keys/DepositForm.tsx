import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepositRow } from '../../../src-shared/modules/keys';
import { invoke } from '../../api/client';
import { ErrorBanner, Field } from '../../components/Field';
import { OccupantPicker, type HostPick } from '../../components/OccupantPicker';
import { SignaturePad } from '../../components/SignaturePad';
import { useFormErrors } from '../../components/useFormErrors';

const FIELDS = ['occupantId', 'description', 'count', 'note', 'collectors', 'signature'];
const MAX_COLLECTORS = 5;

interface Collector {
  name: string;
  phone: string;
}

/** 钥匙留存: the owner leaves keys with the desk, names who else may collect them, and signs on the pad. */
export function DepositForm({ onDone }: { onDone(d: DepositRow): void }) {
  const { t } = useTranslation();
  const [owner, setOwner] = useState<HostPick | null>(null);
  const [description, setDescription] = useState('');
  const [count, setCount] = useState('1');
  const [note, setNote] = useState('');
  const [collectors, setCollectors] = useState<Collector[]>([]);
  const [signature, setSignature] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, fromError, setField, clear } = useFormErrors(FIELDS);

  const setCollector = (i: number, patch: Partial<Collector>) => setCollectors((list) => list.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!signature || busy) return;
    if (!owner?.occupantId) return setField('occupantId', t('keyDepositsUi.form.chooseOwner'));
    setBusy(true);
    clear();
    try {
      const d = await invoke('keys.deposits.create', {
        occupantId: owner.occupantId,
        description: description.trim(),
        count: Number(count) || 1,
        // A row left empty is a slip of the button, not a person.
        collectors: collectors.map((c) => ({ name: c.name.trim(), phone: c.phone.trim() })).filter((c) => c.name || c.phone),
        signature,
        note: note.trim(),
      });
      onDone(d);
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  const collectorsError = Object.entries(errors.fields).find(([k]) => k.startsWith('collectors'))?.[1];

  return (
    <form className="keys-form keys-deposit-form" onSubmit={(e) => void submit(e)} aria-label={t('keyDepositsUi.form.title')}>
      <h2>{t('keyDepositsUi.form.title')}</h2>
      <div className="keys-grid">
        <div className="keys-span-6">
          <OccupantPicker
            label={t('keyDepositsUi.form.owner')}
            placeholder={t('keyDepositsUi.form.ownerPlaceholder')}
            value={owner}
            onChange={setOwner}
            error={errors.fields.occupantId}
          />
        </div>
        <div className="keys-span-4">
          <Field label={t('keyDepositsUi.form.description')} error={errors.fields.description} hint={t('keyDepositsUi.form.descriptionHint')}>
            <input name="description" autoComplete="off" maxLength={100} value={description} onChange={(e) => setDescription(e.target.value)} />
          </Field>
        </div>
        <div className="keys-span-2">
          <Field label={t('keyDepositsUi.form.count')} error={errors.fields.count}>
            <input name="count" type="number" min={1} max={50} value={count} onChange={(e) => setCount(e.target.value)} />
          </Field>
        </div>
        <div className="keys-span-6">
          <Field label={t('keyDepositsUi.form.note')} error={errors.fields.note}>
            <input name="note" autoComplete="off" maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
        </div>
      </div>
      <fieldset className="keys-collectors">
        <legend>{t('keyDepositsUi.form.collectors')}</legend>
        {collectors.map((c, i) => (
          <div className="keys-collector-row" key={i}>
            <Field label={t('keyDepositsUi.form.collectorName')} error={errors.fields[`collectors.${i}.name`]}>
              <input name={`collectorName${i}`} autoComplete="off" maxLength={40} value={c.name} onChange={(e) => setCollector(i, { name: e.target.value })} />
            </Field>
            <Field label={t('keyDepositsUi.form.collectorPhone')} error={errors.fields[`collectors.${i}.phone`]}>
              <input name={`collectorPhone${i}`} inputMode="tel" autoComplete="off" value={c.phone} onChange={(e) => setCollector(i, { phone: e.target.value })} />
            </Field>
            <button type="button" className="link" onClick={() => setCollectors((list) => list.filter((_, j) => j !== i))}>
              {t('keyDepositsUi.form.removeCollector')}
            </button>
          </div>
        ))}
        {collectorsError ? (
          <span className="field-error" role="alert">
            {collectorsError}
          </span>
        ) : null}
        {collectors.length < MAX_COLLECTORS ? (
          <button type="button" onClick={() => setCollectors((list) => [...list, { name: '', phone: '' }])}>
            {t('keyDepositsUi.form.addCollector')}
          </button>
        ) : null}
      </fieldset>
      <SignaturePad
        label={t('keyDepositsUi.form.sign')}
        placeholder={t('keyDepositsUi.form.signHere')}
        clearLabel={t('keyDepositsUi.form.clear')}
        onChange={setSignature}
        error={errors.fields.signature}
        height={150}
      />
      <ErrorBanner message={errors.general} />
      <div className="keys-form-foot">
        {/* Unsigned, nothing is taken in. */}
        <button type="submit" className="primary" disabled={busy || !signature}>
          {t('keyDepositsUi.form.submit')}
        </button>
      </div>
    </form>
  );
}
