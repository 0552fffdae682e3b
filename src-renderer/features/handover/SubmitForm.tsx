import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverDraft, HandoverRow } from '../../../src-shared/modules/handover';
import { invoke } from '../../api/client';
import { ErrorBanner, Field } from '../../components/Field';
import { formatTime } from '../../components/time';
import { useFormErrors } from '../../components/useFormErrors';
import { FiguresTable } from './FiguresTable';

/** The outgoing receptionist's report: the desk's own figures, her open issues and a note. */
export function SubmitForm({ draft, onSubmitted }: { draft: HandoverDraft; onSubmitted(h: HandoverRow): void }) {
  const { t } = useTranslation();
  const [issues, setIssues] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(['note']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    clear();
    try {
      const lines = issues.split('\n').map((s) => s.trim()).filter(Boolean);
      onSubmitted(await invoke('handover.submit', { issues: lines, note: note.trim() }));
      setIssues('');
      setNote('');
    } catch (error) {
      fromError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="handover-form" onSubmit={(e) => void submit(e)} aria-label={t('handoverUi.draft.title')}>
      <h2>{t('handoverUi.draft.title')}</h2>
      <p className="muted">
        {draft.since ? t('handoverUi.since', { at: formatTime(draft.since) }) : t('handoverUi.sinceNone')} {t('handoverUi.draft.hint')}
      </p>
      <FiguresTable figures={draft.figures} label={t('handoverUi.draft.title')} />
      <ErrorBanner message={errors.general} />
      <Field label={t('handoverUi.draft.issues')}>
        <textarea rows={3} value={issues} onChange={(e) => setIssues(e.target.value)} placeholder={t('handoverUi.draft.issuesPlaceholder')} />
      </Field>
      <Field label={t('handoverUi.draft.note')} error={errors.fields.note}>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <button type="submit" className="primary" disabled={busy}>
        {t('handoverUi.draft.submit')}
      </button>
    </form>
  );
}
