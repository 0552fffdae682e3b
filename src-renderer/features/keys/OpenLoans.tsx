import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanRow } from '../../../src-shared/modules/keys';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner } from '../../components/Field';
import { formatTime } from '../../components/time';

/** Keys out now, oldest first; overdue ones in red. `version` changes after each lend or return to reload. */
export function OpenLoans({ version }: { version: number }) {
  const { t } = useTranslation();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [rows, setRows] = useState<LoanRow[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    invoke('keys.loans.open', { overdueOnly })
      .then((r) => {
        if (!live) return;
        setRows(r);
        setError(null);
      })
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [overdueOnly, version]);

  return (
    <section className="keys-open">
      <div className="keys-open-head">
        <h2>{t('keysUi.loans.openTitle')}</h2>
        <label className="keys-toggle">
          <input type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} />
          {t('keysUi.loans.overdueOnly')}
        </label>
        <span className="muted">{t('keysUi.loans.count', { count: rows.length })}</span>
      </div>
      <ErrorBanner message={error} />
      <table className="data-table keys-loans-table">
        <thead>
          <tr>
            <th>{t('keysUi.col.code')}</th>
            <th>{t('keysUi.col.name')}</th>
            <th>{t('keysUi.col.borrower')}</th>
            <th>{t('keysUi.col.reason')}</th>
            <th>{t('keysUi.col.lentAt')}</th>
            <th>{t('keysUi.col.expectedAt')}</th>
            <th>{t('keysUi.col.lentBy')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={7} className="empty">
                {t('keysUi.loans.noneOpen')}
              </td>
            </tr>
          ) : (
            rows.map((l) => (
              <tr key={l.id} className={l.overdue ? 'keys-loan keys-loan-overdue' : 'keys-loan'}>
                <td className="keys-code">{l.keyCode}</td>
                <td>
                  {l.keyName}
                  {l.keyCodes.length > 1 ? <span className="muted"> （{l.keyCodes.join('、')}）</span> : null}
                </td>
                <td>
                  {l.borrowerName}
                  {l.borrowerCompany ? <span className="muted"> · {l.borrowerCompany}</span> : null}
                  {l.borrowerPhone ? <span className="muted"> · {l.borrowerPhone}</span> : null}
                  {l.approvedBy ? <span className="keys-approved"> · {t('keysUi.loans.approvedBy', { name: l.approvedBy })}</span> : null}
                </td>
                <td>{l.reason}</td>
                <td>{formatTime(l.lentAt)}</td>
                <td>
                  {formatTime(l.expectedAt)}
                  {l.overdue ? <span className="keys-badge keys-badge-overdue">{t('keysUi.overdue')}</span> : null}
                </td>
                <td>{l.lentBy}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </section>
  );
}
