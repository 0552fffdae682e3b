import { useTranslation } from 'react-i18next';
import type { DcRetentionRow } from '../../../src-shared/modules/doccontrol';
import { invoke } from '../../api/client';
import { ErrorBanner } from '../../components/Field';
import { formatTime } from '../../components/time';
import { DcNav } from './DcNav';
import { useLoad } from './hooks';
import './doccontrol.css';

/** 000 篇5 §6: the one-year forms past their retention, for the office to review (nothing is deleted here). */
export function RetentionPage() {
  const { t } = useTranslation();
  const list = useLoad(() => invoke('doccontrol.retention', {}), [] as DcRetentionRow[]);
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('doccontrolUi.retention.title')}</h1>
      </div>
      <DcNav />
      <p className="muted">{t('doccontrolUi.retention.intro')}</p>
      <ErrorBanner message={list.error} />
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('doccontrolUi.retention.col.form')}</th>
            <th>{t('doccontrolUi.retention.col.summary')}</th>
            <th>{t('doccontrolUi.retention.col.at')}</th>
            <th>{t('doccontrolUi.retention.col.due')}</th>
          </tr>
        </thead>
        <tbody>
          {list.data.length === 0 ? (
            <tr>
              <td colSpan={4} className="empty">
                {t('doccontrolUi.none')}
              </td>
            </tr>
          ) : null}
          {list.data.map((r) => (
            <tr key={`${r.form}-${r.recordId}`}>
              <td>
                {t(`doccontrolUi.forms.${r.form}`)} <span className="muted">{r.formNo}</span>
              </td>
              <td>{r.summary}</td>
              <td>{formatTime(r.recordAt)}</td>
              <td>{r.dueDay}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
