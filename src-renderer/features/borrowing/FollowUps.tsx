import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BorrowRow } from '../../../src-shared/modules/borrowing';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner } from '../../components/Field';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatTime } from '../../components/time';
import { useCan } from '../../app/access';
import { borrowerText } from './rowText';

/** Damaged returns flagged for 追究责任 (000 §5.6.3) until the office director or the GM closes them with the outcome. */
export function FollowUps({ round, onChanged }: { round: number; onChanged(message: string): void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<BorrowRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [closing, setClosing] = useState<BorrowRow | null>(null);
  const canClose = useCan('borrowing.followUps.close');
  const load = useCallback(async () => {
    try {
      setRows(await invoke('borrowing.followUps', { open: true }));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => void load(), [load, round]);
  if (!rows.length && !error) return null;
  return (
    <section className="borrow-follow" aria-labelledby="borrow-follow-title">
      <h2 id="borrow-follow-title">{t('borrowingUi.follow.title')}</h2>
      <ErrorBanner message={error} />
      <ul>
        {rows.map((r) => (
          <li key={r.id} data-testid="follow-up-row">
            <strong>{r.requestNo}</strong> {r.docTitle}，{borrowerText(t, r)}，{formatTime(r.returnedAt)}：{r.remarks}
            {canClose ? (
              <button type="button" onClick={() => setClosing(r)}>
                {t('borrowingUi.follow.close')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {closing ? (
        <ReasonDialog
          title={t('borrowingUi.follow.closeTitle', { no: closing.requestNo })}
          label={t('borrowingUi.follow.note')}
          submitLabel={t('borrowingUi.follow.close')}
          onClose={() => setClosing(null)}
          submit={(note) => invoke('borrowing.followUps.close', { id: closing.id, note })}
          onDone={(r) => {
            setClosing(null);
            onChanged(t('borrowingUi.follow.closed', { no: r.requestNo }));
          }}
        />
      ) : null}
    </section>
  );
}
