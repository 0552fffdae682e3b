import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { KeyStatistics } from '../../../src-shared/modules/keys';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner } from '../../components/Field';
import { previewLink } from '../registers/previewLink';
import './keys.css';

const DAY = 'YYYY-MM-DD';

/** 钥匙统计表 as it stands now, per category and cabinet, with the printable registers one click away. */
export function KeyStatisticsPage() {
  const { t } = useTranslation();
  const [stats, setStats] = useState<KeyStatistics | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [from, setFrom] = useState(() => dayjs().startOf('month').format(DAY));
  const [to, setTo] = useState(() => dayjs().format(DAY));

  useEffect(() => {
    invoke('keys.statistics', {})
      .then(setStats)
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);

  const period = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const totals = stats?.totals;

  return (
    <div className="page keys-page">
      <div className="page-head">
        <h1>{t('keysUi.stats.title')}</h1>
        <Link className="button" to={previewLink('keys.statistics.register', {})}>
          {t('keysUi.stats.print')}
        </Link>
      </div>
      <ErrorBanner message={error} />
      <table className="data-table keys-stats-table">
        <thead>
          <tr>
            <th>{t('keys.col.category')}</th>
            <th>{t('keys.col.cabinet')}</th>
            <th className="keys-num">{t('keys.col.tags')}</th>
            <th className="keys-num">{t('keys.col.copies')}</th>
            <th className="keys-num">{t('keys.col.in')}</th>
            <th className="keys-num">{t('keys.col.out')}</th>
            <th className="keys-num">{t('keys.col.lost')}</th>
          </tr>
        </thead>
        <tbody>
          {stats && stats.rows.length === 0 ? (
            <tr>
              <td colSpan={7} className="empty">
                {t('keysUi.stats.none')}
              </td>
            </tr>
          ) : null}
          {stats?.rows.map((r) => (
            <tr key={`${r.category}|${r.cabinet}`}>
              <td>{r.categoryName}</td>
              <td>{r.cabinet || t('keys.noCabinet')}</td>
              <td className="keys-num">{r.keys}</td>
              <td className="keys-num">{r.copies}</td>
              <td className="keys-num">{r.in}</td>
              <td className="keys-num">{r.out}</td>
              <td className="keys-num">{r.lost}</td>
            </tr>
          ))}
        </tbody>
        {totals ? (
          <tfoot>
            <tr className="keys-stats-total">
              <td colSpan={2}>{t('keys.total')}</td>
              <td className="keys-num">{totals.keys}</td>
              <td className="keys-num">{totals.copies}</td>
              <td className="keys-num">{totals.in}</td>
              <td className="keys-num">{totals.out}</td>
              <td className="keys-num">{totals.lost}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
      <section className="keys-register">
        <h2>{t('keysUi.stats.loansRegister')}</h2>
        <div className="toolbar filters">
          <label>
            {t('keysUi.stats.from')}
            <input type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label>
            {t('keysUi.stats.to')}
            <input type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
          </label>
          {period ? (
            <Link className="button" to={previewLink('keys.loans.register', { from, to })}>
              {t('keysUi.stats.printLoans')}
            </Link>
          ) : null}
        </div>
      </section>
    </div>
  );
}
