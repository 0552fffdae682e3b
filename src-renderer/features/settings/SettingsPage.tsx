import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type DeskSettings, type Language } from '../../../src-shared/modules/settings';
import { invoke } from '../../api/client';
import { ErrorBanner, Field, Notice } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';
import { useSession } from '../../stores/session';
import { VisitSettingsPanel } from '../visitors/VisitSettingsPanel';
import { LogoPanel } from './LogoPanel';
import { SettingsLinks } from './SettingsLinks';

export function SettingsPage() {
  const { t } = useTranslation();
  const settingsChanged = useSession((s) => s.settingsChanged);
  const [form, setForm] = useState<DeskSettings | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(['orgName', 'idleMinutes', 'language']);

  useEffect(() => {
    invoke('settings.get', {}).then(setForm, fromError);
  }, [fromError]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    setBusy(true);
    setSaved(null);
    clear();
    try {
      const s = await invoke('settings.update', form);
      setForm(s);
      settingsChanged(s.orgName, s.idleMinutes);
      setSaved(t('app.saved'));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page narrow">
      <h1>{t('settings.title')}</h1>
      <ErrorBanner message={errors.general} />
      {form ? (
        <form className="form" onSubmit={submit}>
          <Field label={t('settings.orgName')} error={errors.fields.orgName}>
            <input name="orgName" autoFocus value={form.orgName} onChange={(e) => setForm({ ...form, orgName: e.target.value })} />
          </Field>
          <Field label={t('settings.idleMinutes')} error={errors.fields.idleMinutes}>
            <input
              name="idleMinutes"
              type="number"
              min={1}
              max={240}
              value={form.idleMinutes}
              onChange={(e) => setForm({ ...form, idleMinutes: Number(e.target.value) })}
            />
          </Field>
          <Field label={t('settings.language')} error={errors.fields.language}>
            <select name="language" value={form.language} onChange={(e) => setForm({ ...form, language: e.target.value as Language })}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`lang.${l}`)}
                </option>
              ))}
            </select>
          </Field>
          <Notice message={saved} />
          <button type="submit" className="primary" disabled={busy}>
            {t('app.save')}
          </button>
        </form>
      ) : null}
      <LogoPanel />
      <VisitSettingsPanel />
      <SettingsLinks />
    </div>
  );
}
