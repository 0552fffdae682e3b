import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { LfNotice } from '../../../src-shared/modules/lostfound';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner } from '../../components/Field';
import './lostfound.css';

/**
 * 招领启事 for the notice board: the items in custody, roughly where and when found. Main leaves out the features,
 * value, count and photo, so the notice cannot be used to claim someone else's property.
 */
export function LfNoticePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [notice, setNotice] = useState<LfNotice | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    invoke('lostfound.notice', {}).then(setNotice, (err: unknown) => setError(errorMessage(err)));
  }, []);

  const back = () => (window.history.length > 1 ? navigate(-1) : navigate('/lostfound'));

  return (
    <div className="page doc-page">
      <div className="row no-print">
        <button type="button" className="primary" autoFocus disabled={!notice} onClick={() => window.print()}>
          {t('lostfoundUi.print')}
        </button>
        <button type="button" onClick={back}>
          {t('lostfoundUi.back')}
        </button>
      </div>
      <div className="no-print">
        <ErrorBanner message={error} />
      </div>
      {notice ? (
        <article className="doc-sheet lf-notice" aria-label={notice.title} data-testid="lf-notice">
          <h1>{notice.title}</h1>
          <p>{t('lostfoundUi.notice.intro')}</p>
          {notice.items.length === 0 ? (
            <p>{t('lostfoundUi.notice.none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t('lostfoundUi.notice.col.itemNo')}</th>
                  <th>{t('lostfoundUi.notice.col.name')}</th>
                  <th>{t('lostfoundUi.notice.col.category')}</th>
                  <th>{t('lostfoundUi.notice.col.date')}</th>
                  <th>{t('lostfoundUi.notice.col.place')}</th>
                </tr>
              </thead>
              <tbody>
                {notice.items.map((i) => (
                  <tr key={i.itemNo}>
                    <td>{i.itemNo}</td>
                    <td>{i.name}</td>
                    <td>{i.categoryName}</td>
                    <td>{i.foundDate}</td>
                    <td>{i.place}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="lf-notice-foot">{t('lostfoundUi.notice.printedAt', { org: notice.orgName, at: notice.printedAt })}</p>
        </article>
      ) : null}
    </div>
  );
}
