import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageReceipt } from '../../../src-shared/modules/lending';
import { invoke } from '../../api/client';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';
import { PhotoField, type Photo } from '../passes/PhotoField';
import { NO_PERSON, PersonFields, personInput, type PersonValue } from './PersonFields';

const FIELDS = ['occupantId', 'roomLabel', 'name', 'phone', 'description', 'count', 'place', 'photoBase64', 'remarks', 'authorised'];
const MAX_AUTHORISED = 3;

/** Registers an item left at the desk; main answers with the claim code, shown once by the page. */
export function StorageForm({ onDone }: { onDone(receipt: StorageReceipt): void }) {
  const { t } = useTranslation();
  const [person, setPerson] = useState<PersonValue>(NO_PERSON);
  const [description, setDescription] = useState('');
  const [count, setCount] = useState('1');
  const [place, setPlace] = useState('');
  const [remarks, setRemarks] = useState('');
  const [authorised, setAuthorised] = useState<{ name: string; phone: string }[]>([]);
  const [photo, setPhoto] = useState<Photo | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, fromError, setField, clear } = useFormErrors(FIELDS);

  const setAuth = (i: number, patch: Partial<{ name: string; phone: string }>) =>
    setAuthorised((list) => list.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    try {
      const receipt = await invoke('lending.storage.register', {
        ...personInput(person),
        // A row left empty is a slip of the button, not a person.
        authorised: authorised.map((a) => ({ name: a.name.trim(), phone: a.phone.trim() })).filter((a) => a.name || a.phone),
        description: description.trim(),
        count: Number(count) || 1,
        place: place.trim(),
        ...(photo ? { photoBase64: photo.base64 } : {}),
        remarks: remarks.trim(),
      });
      onDone(receipt);
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  const authError = Object.entries(errors.fields).find(([k]) => k.startsWith('authorised'))?.[1];

  return (
    <form className="lend-form" onSubmit={(e) => void submit(e)} aria-label={t('lendingUi.storage.registerTitle')}>
      <h2>{t('lendingUi.storage.registerTitle')}</h2>
      <PersonFields value={person} onChange={setPerson} errors={errors.fields} />
      <div className="lend-row">
        <Field label={t('lendingUi.storage.description')} error={errors.fields.description}>
          <input name="description" autoComplete="off" className="lend-wide" value={description} onChange={(e) => setDescription(e.target.value)} />
        </Field>
        <Field label={t('lendingUi.storage.count')} error={errors.fields.count}>
          <input name="count" type="number" min={1} max={99} className="lend-narrow" value={count} onChange={(e) => setCount(e.target.value)} />
        </Field>
        <Field label={t('lendingUi.storage.place')} error={errors.fields.place}>
          <input name="place" autoComplete="off" value={place} onChange={(e) => setPlace(e.target.value)} />
        </Field>
        <Field label={t('lendingUi.storage.remarks')} error={errors.fields.remarks}>
          <input name="remarks" autoComplete="off" value={remarks} onChange={(e) => setRemarks(e.target.value)} />
        </Field>
      </div>
      <fieldset className="lend-auth">
        <legend>{t('lendingUi.storage.authorised')}</legend>
        {authorised.map((a, i) => (
          <div className="lend-row" key={i}>
            <Field label={t('lendingUi.storage.authName')}>
              <input autoComplete="off" value={a.name} onChange={(e) => setAuth(i, { name: e.target.value })} />
            </Field>
            <Field label={t('lendingUi.storage.authPhone')}>
              <input inputMode="tel" autoComplete="off" value={a.phone} onChange={(e) => setAuth(i, { phone: e.target.value })} />
            </Field>
            <button type="button" className="link lend-auth-remove" onClick={() => setAuthorised((list) => list.filter((_, j) => j !== i))}>
              {t('lendingUi.storage.removeAuth')}
            </button>
          </div>
        ))}
        {authError ? <span className="field-error" role="alert">{authError}</span> : null}
        {authorised.length < MAX_AUTHORISED ? (
          <button type="button" onClick={() => setAuthorised((list) => [...list, { name: '', phone: '' }])}>
            {t('lendingUi.storage.addAuth')}
          </button>
        ) : null}
      </fieldset>
      <PhotoField
        photo={photo}
        error={errors.fields.photoBase64}
        onChange={(p) => {
          setPhoto(p);
          clear();
        }}
        onReject={(message) => setField('photoBase64', message)}
      />
      <ErrorBanner message={errors.general} />
      <div className="lend-foot">
        <button type="submit" className="primary lend-submit" disabled={busy}>
          {t('lendingUi.storage.submit')}
        </button>
      </div>
    </form>
  );
}
