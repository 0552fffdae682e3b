import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { PickupNotice } from '../../../src-shared/modules/mail';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner } from '../../components/Field';
import './mail-lists.css';

/** `1,2,3` from the link; null when any part is not an item id. */
function parseIds(raw: string | null): number[] | null {
  const parts = (raw ?? '').split(',').filter(Boolean);
  const ids = parts.map(Number);
  return ids.length > 0 && ids.length <= 100 && ids.every((n) => Number.isInteger(n) && n > 0) ? ids : null;
}

/** 取件通知单 for a recipient's mailbox: A6, codes and carriers only, never what is inside. */
export function PickupNoticePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const ids = useMemo(() => parseIds(search.get('ids')), [search]);
  const [notice, setNotice] = useState<PickupNotice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const printButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!ids) {
      setError(t('mailUi.lists.notice.badIds'));
      return;
    }
    let live = true;
    invoke('mail.notice', { itemIds: ids }).then(
      (n) => live && setNotice(n),
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [ids, t]);

  // Opened from the call list to be printed: Enter prints.
  useEffect(() => {
    if (notice) printButton.current?.focus();
  }, [notice]);

  const back = () => (window.history.length > 1 ? navigate(-1) : navigate('/mail/calls'));
  const who = notice ? [notice.unitLabel, notice.recipientName].filter(Boolean).join(' ') : '';

  return (
    <div className="page doc-page mlist-notice-page">
      <div className="row no-print">
        <button type="button" onClick={back}>
          {t('mailUi.lists.notice.back')}
        </button>
        <button type="button" className="primary" ref={printButton} disabled={!notice} onClick={() => window.print()}>
          {t('mailUi.lists.notice.print')}
        </button>
      </div>
      <div className="no-print">
        <ErrorBanner message={error} />
      </div>
      {notice ? (
        <article className="doc-sheet mlist-notice" aria-label={t('mailUi.lists.notice.title')}>
          <p className="mlist-notice-org">{notice.orgName}</p>
          <h1 className="mlist-notice-title">{t('mailUi.lists.notice.title')}</h1>
          <p className="mlist-notice-who">{t('mailUi.lists.notice.greeting', { who })}</p>
          <p className="mlist-notice-body">{t('mailUi.lists.notice.body', { count: notice.items.length })}</p>
          <table className="mlist-notice-items">
            <thead>
              <tr>
                <th>{t('mailUi.lists.notice.code')}</th>
                <th>{t('mailUi.lists.notice.carrier')}</th>
                <th>{t('mailUi.lists.notice.tail')}</th>
                <th>{t('mailUi.lists.notice.received')}</th>
              </tr>
            </thead>
            <tbody>
              {notice.items.map((m) => (
                <tr key={`${m.pickupCode}-${m.trackingTail}`}>
                  <td className="mlist-notice-code">{m.pickupCode}</td>
                  <td>{m.carrierName}</td>
                  <td>{m.trackingTail}</td>
                  <td>{m.receivedAt}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mlist-notice-bring">{t('mailUi.lists.notice.bring')}</p>
          <p className="mlist-notice-printed">{t('mailUi.lists.notice.printedAt', { at: notice.printedAt })}</p>
        </article>
      ) : null}
    </div>
  );
}
