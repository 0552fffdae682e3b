import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { DcVoidNotice } from '../../../src-shared/modules/doccontrol';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner } from '../../components/Field';
import './doccontrol.css';

/** 作废通知 (000 §5.9.4): a written notice to every department, so the voided document is not used by mistake. */
export function VoidNoticePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const [notice, setNotice] = useState<DcVoidNotice | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    invoke('doccontrol.voids.notice', { id: Number(id) }).then(setNotice, (err: unknown) => setError(errorMessage(err)));
  }, [id]);
  const back = () => (window.history.length > 1 ? navigate(-1) : navigate('/archive/control/voids'));

  return (
    <div className="page doc-page">
      <div className="row no-print">
        <button type="button" className="primary" autoFocus disabled={!notice} onClick={() => window.print()}>
          {t('doccontrolUi.notice.print')}
        </button>
        <button type="button" onClick={back}>
          {t('doccontrolUi.notice.back')}
        </button>
      </div>
      <div className="no-print">
        <ErrorBanner message={error} />
      </div>
      {notice ? (
        <article className="doc-sheet dc-notice" aria-label={notice.title} data-testid="dc-void-notice">
          <h1>{notice.title}</h1>
          <p>{t('doccontrolUi.notice.to', { departments: notice.departments.join('、') })}</p>
          <p>{t('doccontrolUi.notice.body', { by: notice.approvedBy, at: notice.approvedAt })}</p>
          <table>
            <tbody>
              <tr>
                <th>{t('doccontrolUi.notice.doc')}</th>
                <td>《{notice.docTitle}》</td>
                <th>{t('doccontrolUi.notice.docNo')}</th>
                <td>{notice.docNo}</td>
              </tr>
              <tr>
                <th>{t('doccontrolUi.notice.version')}</th>
                <td>{notice.version}</td>
                <th>{t('doccontrolUi.notice.indexNo')}</th>
                <td>{notice.indexNo}</td>
              </tr>
              <tr>
                <th>{t('doccontrolUi.notice.copies')}</th>
                <td colSpan={3}>{notice.copyNos.join('、') || '—'}</td>
              </tr>
              <tr>
                <th>{t('doccontrolUi.notice.reason')}</th>
                <td colSpan={3}>{notice.reason}</td>
              </tr>
            </tbody>
          </table>
          <div className="dc-sign">
            <span>{t('doccontrolUi.notice.printedAt', { at: notice.printedAt })}</span>
            <span>{t('doccontrolUi.notice.from', { org: notice.orgName })}</span>
          </div>
        </article>
      ) : null}
    </div>
  );
}
