import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitSettings } from '../../../src-shared/modules/visitors';
import { errorMessage, invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner, Field, Notice } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';
import './visitors.css';

interface FormState {
  purposes: string;
  autoCheckOutTime: string;
  retentionDays: string;
  printSlip: boolean;
}

const toForm = (s: VisitSettings): FormState => ({
  purposes: s.purposes.join('\n'),
  autoCheckOutTime: s.autoCheckOutTime,
  retentionDays: String(s.retentionDays),
  printSlip: s.printSlip,
});

/** Field paths main reports for the list (`purposes.3`) land under the one textarea. */
function purposeError(fields: Record<string, string>): string | undefined {
  const key = Object.keys(fields).find((k) => k === 'purposes' || k.startsWith('purposes.'));
  return key ? fields[key] : undefined;
}

/** The visitor module's settings, shown inside 系统设置 to those who may change them; mounts itself only for them. */
export function VisitSettingsPanel() {
  const { t } = useTranslation();
  const allowed = useCan('visitors.settings.update');
  const canPurge = useCan('visitors.purge');
  const [form, setForm] = useState<FormState | null>(null);
  /** The purge works from the saved retention, not from what is typed but not yet saved. */
  const [savedDays, setSavedDays] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [purgeError, setPurgeError] = useState<string | null>(null);
  const { errors, fromError, clear } = useFormErrors(['purposes', 'autoCheckOutTime', 'retentionDays', 'printSlip']);

  useEffect(() => {
    if (!allowed) return;
    invoke('visitors.settings.get', {}).then((s) => {
      setForm(toForm(s));
      setSavedDays(s.retentionDays);
    }, fromError);
  }, [allowed, fromError]);

  if (!allowed) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    setBusy(true);
    setNotice(null);
    clear();
    try {
      const saved = await invoke('visitors.settings.update', {
        purposes: form.purposes.split('\n').map((p) => p.trim()).filter(Boolean),
        autoCheckOutTime: form.autoCheckOutTime,
        retentionDays: Number(form.retentionDays),
        printSlip: form.printSlip,
      });
      setForm(toForm(saved));
      setSavedDays(saved.retentionDays);
      setNotice(t('visitorsUi.settings.saved'));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  const purge = async () => {
    setBusy(true);
    setPurgeError(null);
    setNotice(null);
    try {
      const r = await invoke('visitors.purge', {});
      setNotice(t('visitorsUi.settings.purgeDone', { visits: r.visits, people: r.people, before: r.before }));
      setConfirming(false);
    } catch (err) {
      setPurgeError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="visit-settings" aria-labelledby="visit-settings-title">
      <h2 id="visit-settings-title">{t('visitorsUi.settings.title')}</h2>
      <ErrorBanner message={errors.general} />
      {form ? (
        <form className="form" onSubmit={(e) => void submit(e)}>
          <Field label={t('visitorsUi.settings.purposes')} error={purposeError(errors.fields)}>
            <textarea name="purposes" rows={6} value={form.purposes} onChange={(e) => setForm({ ...form, purposes: e.target.value })} />
          </Field>
          <Field label={t('visitorsUi.settings.autoCheckOutTime')} error={errors.fields.autoCheckOutTime} hint={t('visitorsUi.settings.autoCheckOutHint')}>
            <input name="autoCheckOutTime" type="time" value={form.autoCheckOutTime} onChange={(e) => setForm({ ...form, autoCheckOutTime: e.target.value })} />
          </Field>
          <Field label={t('visitorsUi.settings.retentionDays')} error={errors.fields.retentionDays} hint={t('visitorsUi.settings.retentionHint')}>
            <input
              name="retentionDays"
              type="number"
              min={30}
              max={3650}
              value={form.retentionDays}
              onChange={(e) => setForm({ ...form, retentionDays: e.target.value })}
            />
          </Field>
          <label className="check">
            <input type="checkbox" checked={form.printSlip} onChange={(e) => setForm({ ...form, printSlip: e.target.checked })} />
            {t('visitorsUi.settings.printSlip')}
          </label>
          <Notice message={notice} />
          <div className="row">
            <button type="submit" className="primary" disabled={busy}>
              {t('visitorsUi.settings.save')}
            </button>
            {canPurge ? (
              <button type="button" className="visit-danger-outline" disabled={busy} onClick={() => setConfirming(true)}>
                {t('visitorsUi.settings.purge')}
              </button>
            ) : null}
          </div>
        </form>
      ) : null}
      {confirming && savedDays !== null ? (
        <Dialog title={t('visitorsUi.settings.purgeTitle')} onClose={() => setConfirming(false)}>
          <p>{t('visitorsUi.settings.purgeConfirm', { days: savedDays })}</p>
          <ErrorBanner message={purgeError} />
          <div className="dialog-actions">
            <button type="button" autoFocus onClick={() => setConfirming(false)}>
              {t('app.cancel')}
            </button>
            <button type="button" className="primary danger" disabled={busy} onClick={() => void purge()}>
              {t('visitorsUi.settings.purgeGo')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
