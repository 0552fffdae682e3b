import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { PrintSheetPage } from '../../components/PrintSheetPage';
import './doccontrol.css';

/** 作废通知 (000 §5.9.4): a written notice to every department, so the voided document is not used by mistake. */
export function VoidNoticePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  return (
    <PrintSheetPage
      loadKey={Number(id)}
      load={(voidId) => invoke('doccontrol.voids.notice', { id: voidId })}
      printLabel={t('doccontrolUi.notice.print')}
      backLabel={t('doccontrolUi.notice.back')}
      backTo="/archive/control/voids"
      sheetClass="dc-notice"
      sheetTestId="dc-void-notice"
      sheetLabel={(notice) => notice.title}
    >
      {(notice) => (
        <>
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
        </>
      )}
    </PrintSheetPage>
  );
}
