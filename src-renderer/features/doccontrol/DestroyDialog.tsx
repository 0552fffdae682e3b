import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DcVoidRow } from '../../../src-shared/modules/doccontrol';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

interface Cred {
  username: string;
  password: string;
}

function CredFields({ who, value, onChange, error }: { who: 'doer' | 'supervisor'; value: Cred; onChange(v: Cred): void; error?: string }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t(`doccontrolUi.voids.${who}`)}</legend>
      <Field label={t('doccontrolUi.voids.username')} error={error}>
        <input name={`${who}User`} autoComplete="off" value={value.username} onChange={(e) => onChange({ ...value, username: e.target.value })} />
      </Field>
      <Field label={t('doccontrolUi.voids.password')}>
        <input name={`${who}Password`} type="password" autoComplete="new-password" value={value.password} onChange={(e) => onChange({ ...value, password: e.target.value })} />
      </Field>
    </fieldset>
  );
}

/**
 * 000 §5.9.3: one or two voided copies are kept for record, the rest destroyed by two people — one doing, one
 * supervising — each typing their own credential here; main refuses the same person twice.
 */
export function DestroyDialog({ row, onClose, onDone }: { row: DcVoidRow; onClose(): void; onDone(row: DcVoidRow): void }) {
  const { t } = useTranslation();
  const [keep, setKeep] = useState<string[]>([]);
  const [method, setMethod] = useState(() => t('doccontrolUi.voids.methodDefault'));
  const [doer, setDoer] = useState<Cred>({ username: '', password: '' });
  const [supervisor, setSupervisor] = useState<Cred>({ username: '', password: '' });
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(['keep', 'method', 'doer', 'supervisor']);

  const toggle = (c: string) => setKeep((k) => (k.includes(c) ? k.filter((x) => x !== c) : [...k, c]));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    try {
      onDone(await invoke('doccontrol.voids.destroy', { id: row.id, keep, method: method.trim(), doer, supervisor }));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('doccontrolUi.voids.destroyTitle', { title: `《${row.document.title}》` })} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)}>
        <Field label={t('doccontrolUi.voids.keep')} error={errors.fields.keep}>
          <div className="dc-keep">
            {row.voidedCopies.map((c) => (
              <label key={c}>
                <input type="checkbox" name="keep" value={c} checked={keep.includes(c)} onChange={() => toggle(c)} /> {c}
              </label>
            ))}
          </div>
        </Field>
        <Field label={t('doccontrolUi.voids.method')} error={errors.fields.method}>
          <input name="method" value={method} onChange={(e) => setMethod(e.target.value)} />
        </Field>
        <p className="muted">{t('doccontrolUi.voids.credentialsIntro')}</p>
        <div className="dc-creds">
          <CredFields who="doer" value={doer} onChange={setDoer} error={errors.fields.doer} />
          <CredFields who="supervisor" value={supervisor} onChange={setSupervisor} error={errors.fields.supervisor} />
        </div>
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} danger submitLabel={t('doccontrolUi.voids.submitDestroy')} />
      </form>
    </Dialog>
  );
}
