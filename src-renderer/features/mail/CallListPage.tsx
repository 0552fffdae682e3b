import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CallListEntry } from '../../../src-shared/modules/mail';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner, Notice } from '../../components/Field';
import { formatTime } from '../../components/time';
import { recipientText } from './MailListFlags';
import './mail-lists.css';

/** Parcels left too long, one line per recipient: call them, or put a notice in their mailbox. */
export function CallListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [entries, setEntries] = useState<CallListEntry[] | null>(null);
  const [agingDays, setAgingDays] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(() => invoke('mail.callList', {}).then(setEntries, (err: unknown) => setError(errorMessage(err))), []);

  useEffect(() => {
    void load();
    invoke('mail.settings.get', {}).then((s) => setAgingDays(s.agingDays), (err: unknown) => setError(errorMessage(err)));
  }, [load]);

  const notify = async (entry: CallListEntry, how: 'phone' | 'slip') => {
    const itemIds = entry.items.map((m) => m.id);
    setBusy(entry.key);
    setError(null);
    setNotice(null);
    try {
      await invoke('mail.notify', { itemIds, how });
      if (how === 'slip') {
        navigate(`/mail/notice?ids=${itemIds.join(',')}`);
        return;
      }
      setNotice(t('mailUi.lists.calls.phonedDone', { who: recipientText(entry) }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
    // A parcel picked up meanwhile drops off the list; either way show it as it is now.
    await load();
  };

  return (
    <div className="page mlist-page">
      <div className="page-head">
        <h1>{t('mailUi.lists.calls.title')}</h1>
      </div>
      <p className="mlist-rule">{agingDays === null ? t('mailUi.lists.calls.ruleLoading') : t('mailUi.lists.calls.rule', { days: agingDays })}</p>
      <Notice message={notice} />
      <ErrorBanner message={error} />
      {entries && entries.length === 0 ? <p className="mlist-empty">{t('mailUi.lists.calls.none')}</p> : null}
      {entries && entries.length > 0 ? (
        <table className="data-table mlist-calls">
          <thead>
            <tr>
              <th>{t('mailUi.lists.calls.recipient')}</th>
              <th>{t('mailUi.lists.calls.phone')}</th>
              <th>{t('mailUi.lists.calls.parcels')}</th>
              <th>{t('mailUi.lists.calls.notified')}</th>
              <th>{t('app.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.key} className="mlist-call">
                <td>
                  <strong>{recipientText(entry)}</strong>
                  {entry.items.some((m) => !m.matched) ? <span className="mlist-flag mlist-flag-unmatched">{t('mailUi.unmatched')}</span> : null}
                </td>
                <td className="nowrap">
                  {entry.phone ? (
                    <a className="mlist-phone" href={`tel:${entry.phone}`}>
                      {entry.phone}
                    </a>
                  ) : (
                    <span className="muted">{t('mailUi.lists.calls.noPhone')}</span>
                  )}
                </td>
                <td>
                  <ul className="mlist-call-items">
                    {entry.items.map((m) => (
                      <li key={m.id}>
                        {t('mailUi.lists.calls.parcelLine', { code: m.pickupCode, carrier: m.carrierName, days: m.waitingDays })}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="nowrap">{entry.notifiedAt ? formatTime(entry.notifiedAt) : <span className="muted">{t('mailUi.lists.calls.never')}</span>}</td>
                <td>
                  <div className="mlist-call-actions">
                    <button type="button" disabled={busy !== null} onClick={() => void notify(entry, 'phone')}>
                      {t('mailUi.lists.calls.phoned')}
                    </button>
                    <button type="button" disabled={busy !== null} onClick={() => void notify(entry, 'slip')}>
                      {t('mailUi.lists.calls.slip')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
