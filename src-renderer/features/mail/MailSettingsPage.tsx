import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailSettings, ShelfRow } from '../../../src-shared/modules/mail';
import { errorMessage, invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner, Field, Notice } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';
import { ShelfDialog } from './ShelfDialog';
import { ShelfTable } from './ShelfTable';
import './mail-lists.css';

/** Shelves for whoever keeps the desk; the overdue and delivery rules for those who may change them. */
export function MailSettingsPage() {
  const { t } = useTranslation();
  const [shelves, setShelves] = useState<ShelfRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<ShelfRow | 'new' | null>(null);

  const load = useCallback(() => {
    invoke('mail.shelves.list', {}).then(setShelves, (err: unknown) => setError(errorMessage(err)));
  }, []);
  useEffect(load, [load]);

  return (
    <div className="page mlist-page mlist-settings-page">
      <div className="page-head">
        <h1>{t('mailUi.lists.settings.title')}</h1>
      </div>
      <section className="mlist-section" aria-labelledby="mlist-shelves-title">
        <div className="page-head">
          <h2 id="mlist-shelves-title">{t('mailUi.lists.settings.shelves')}</h2>
          <button
            type="button"
            className="primary"
            onClick={() => {
              setNotice(null);
              setEditing('new');
            }}
          >
            {t('mailUi.lists.settings.addShelf')}
          </button>
        </div>
        <Notice message={notice} />
        <ErrorBanner message={error} />
        {shelves ? (
          <ShelfTable
            shelves={shelves}
            onEdit={(s) => {
              setNotice(null);
              setEditing(s);
            }}
          />
        ) : null}
      </section>
      <MailRules />
      {editing ? (
        <ShelfDialog
          shelf={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(s) => {
            setEditing(null);
            setNotice(t('mailUi.lists.settings.saved', { code: s.code }));
            load();
          }}
        />
      ) : null}
    </div>
  );
}

interface RulesForm {
  agingDays: string;
  letterDueDays: string;
  letterDueTime: string;
}

const toForm = (s: MailSettings): RulesForm => ({
  agingDays: String(s.agingDays),
  letterDueDays: String(s.letterDueDays),
  letterDueTime: s.letterDueTime,
});

/** The rules the receptionists work to: a form for those who may change them, a sentence for the rest. */
function MailRules() {
  const { t } = useTranslation();
  const canUpdate = useCan('mail.settings.update');
  const [saved, setSaved] = useState<MailSettings | null>(null);
  const [form, setForm] = useState<RulesForm | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { errors, fromError, clear } = useFormErrors(['agingDays', 'letterDueDays', 'letterDueTime']);

  useEffect(() => {
    invoke('mail.settings.get', {}).then((s) => {
      setSaved(s);
      setForm(toForm(s));
    }, fromError);
  }, [fromError]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    setBusy(true);
    setNotice(null);
    clear();
    try {
      const s = await invoke('mail.settings.update', {
        agingDays: Number(form.agingDays),
        letterDueDays: Number(form.letterDueDays),
        letterDueTime: form.letterDueTime,
      });
      setSaved(s);
      setForm(toForm(s));
      setNotice(t('mailUi.lists.settings.settingsSaved'));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="mlist-section" aria-labelledby="mlist-rules-title">
      <h2 id="mlist-rules-title">{t('mailUi.lists.settings.rules')}</h2>
      <ErrorBanner message={errors.general} />
      {saved && !canUpdate ? (
        <p className="mlist-rule">
          {t('mailUi.lists.settings.readOnly', {
            aging: saved.agingDays,
            due: saved.letterDueDays === 0 ? t('mailUi.lists.settings.dueSameDay') : t('mailUi.lists.settings.dueAfter', { count: saved.letterDueDays }),
            dueTime: saved.letterDueTime,
          })}
        </p>
      ) : null}
      {form && canUpdate ? (
        <form className="form mlist-rules-form" onSubmit={(e) => void submit(e)}>
          <Field label={t('mailUi.lists.settings.agingDays')} error={errors.fields.agingDays} hint={t('mailUi.lists.settings.agingHint')}>
            <input type="number" min={1} max={60} value={form.agingDays} onChange={(e) => setForm({ ...form, agingDays: e.target.value })} />
          </Field>
          <Field label={t('mailUi.lists.settings.letterDueDays')} error={errors.fields.letterDueDays} hint={t('mailUi.lists.settings.letterDueHint')}>
            <input type="number" min={0} max={7} value={form.letterDueDays} onChange={(e) => setForm({ ...form, letterDueDays: e.target.value })} />
          </Field>
          <Field label={t('mailUi.lists.settings.letterDueTime')} error={errors.fields.letterDueTime} hint={t('mailUi.lists.settings.letterDueTimeHint')}>
            <input type="time" value={form.letterDueTime} onChange={(e) => setForm({ ...form, letterDueTime: e.target.value })} />
          </Field>
          <Notice message={notice} />
          <div className="row">
            <button type="submit" className="primary" disabled={busy}>
              {t('mailUi.lists.settings.save')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
