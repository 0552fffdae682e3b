import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { BatchRow } from '../../../src-shared/modules/mail';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner } from '../../components/Field';
import { formatTime } from '../../components/time';
import { previewLink } from '../registers/previewLink';

/** Batches left open (the desk was called away, the app restarted): continue scanning or print the sheet. */
export function BatchOpenList() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<BatchRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    invoke('mail.batches.list', { openOnly: true, limit: 50 }).then(
      (r) => live && setRows(r.rows),
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="mail-signin-open-batches" aria-label={t('mailUi.signIn.openBatches.title')}>
      <h2>{t('mailUi.signIn.openBatches.title')}</h2>
      <ErrorBanner message={error} />
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('mailUi.signIn.openBatches.col.no')}</th>
            <th>{t('mailUi.signIn.openBatches.col.carrier')}</th>
            <th>{t('mailUi.signIn.openBatches.col.courier')}</th>
            <th>{t('mailUi.signIn.openBatches.col.opened')}</th>
            <th>{t('mailUi.signIn.openBatches.col.count')}</th>
            <th>{t('mailUi.signIn.openBatches.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows && rows.length === 0 ? (
            <tr>
              <td colSpan={6} className="empty">
                {t('mailUi.signIn.openBatches.none')}
              </td>
            </tr>
          ) : null}
          {rows?.map((b) => (
            <tr key={b.id}>
              <td className="mail-signin-mono">{b.batchNo}</td>
              <td>{b.carrierName}</td>
              <td>
                {b.courierName}
                {b.courierPhone ? <span className="muted"> {b.courierPhone}</span> : null}
              </td>
              <td className="nowrap">
                {formatTime(b.openedAt)} <span className="muted">{b.openedBy}</span>
              </td>
              <td>{b.count}</td>
              <td className="actions">
                <div className="row">
                  <Link className="button" to={`/mail?batch=${b.id}`}>
                    {t('mailUi.signIn.openBatches.continue')}
                  </Link>
                  <Link to={previewLink('mail.batches.handover', { id: b.id })}>{t('mailUi.signIn.batch.handover')}</Link>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
