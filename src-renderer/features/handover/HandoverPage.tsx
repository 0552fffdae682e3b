import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverDraft, HandoverRow } from '../../../src-shared/modules/handover';
import { errorMessage, invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner, Notice } from '../../components/Field';
import { formatTime } from '../../components/time';
import { ConfirmDialog } from './ConfirmDialog';
import { FiguresTable } from './FiguresTable';
import { RecentHandovers } from './RecentHandovers';
import { SubmitForm } from './SubmitForm';
import './handover.css';

/**
 * 交接班: the outgoing receptionist submits her report, the incoming one counts and confirms it with her own
 * credential; managers read the recent handovers and print the duty log.
 */
export function HandoverPage() {
  const { t } = useTranslation();
  const desk = useCan('handover.draft');
  const [draft, setDraft] = useState<HandoverDraft | null>(null);
  const [recent, setRecent] = useState<HandoverRow[]>([]);
  const [confirming, setConfirming] = useState<HandoverRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      if (desk) setDraft(await invoke('handover.draft', {}));
      setRecent((await invoke('handover.list', { limit: 20 })).rows);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [desk]);

  useEffect(() => {
    void load();
  }, [load]);

  const withdraw = async (h: HandoverRow) => {
    try {
      await invoke('handover.withdraw', { id: h.id });
      setNotice(t('handoverUi.pending.withdrawn', { no: h.handoverNo }));
      await load();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const pending = draft?.pending ?? null;
  return (
    <div className="page">
      <h1>{t('handoverUi.title')}</h1>
      <ErrorBanner message={error} />
      <Notice message={notice} />
      {pending ? (
        <section className="handover-pending" aria-label={t('handoverUi.pending.title', { no: pending.handoverNo })}>
          <h2>{t('handoverUi.pending.title', { no: pending.handoverNo })}</h2>
          <p>{t('handoverUi.pending.by', { name: pending.outgoing, at: formatTime(pending.submittedAt) })}</p>
          <FiguresTable figures={pending.figures} label={pending.handoverNo} />
          <p>
            {t('handoverUi.draft.issues')}：{pending.issues.length ? pending.issues.join('；') : t('handoverUi.issuesNone')}
          </p>
          <p>
            {t('handoverUi.draft.note')}：{pending.note || t('handoverUi.noteNone')}
          </p>
          <div className="handover-actions">
            <button type="button" className="primary" onClick={() => setConfirming(pending)}>
              {t('handoverUi.pending.confirm')}
            </button>
            <button type="button" onClick={() => void withdraw(pending)}>
              {t('handoverUi.pending.withdraw')}
            </button>
          </div>
        </section>
      ) : draft ? (
        <SubmitForm
          draft={draft}
          onSubmitted={(h) => {
            setNotice(t('handoverUi.draft.done', { no: h.handoverNo }));
            void load();
          }}
        />
      ) : null}
      <RecentHandovers rows={recent} />
      {confirming ? (
        <ConfirmDialog
          handover={confirming}
          onClose={() => setConfirming(null)}
          onDone={(h) => {
            setConfirming(null);
            setNotice(t('handoverUi.confirm.done', { no: h.handoverNo, name: h.incoming ?? '' }));
            void load();
          }}
        />
      ) : null}
    </div>
  );
}
