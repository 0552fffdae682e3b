import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { PrintSheetPage } from '../../components/PrintSheetPage';
import './lostfound.css';

/**
 * 招领启事 for the notice board: the items in custody, roughly where and when found. Main leaves out the features,
 * value, count and photo, so the notice cannot be used to claim someone else's property.
 */
export function LfNoticePage() {
  const { t } = useTranslation();
  return (
    <PrintSheetPage
      loadKey={null}
      load={() => invoke('lostfound.notice', {})}
      printLabel={t('lostfoundUi.print')}
      backLabel={t('lostfoundUi.back')}
      backTo="/lostfound"
      sheetClass="lf-notice"
      sheetTestId="lf-notice"
      sheetLabel={(notice) => notice.title}
    >
      {(notice) => (
        <>
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
        </>
      )}
    </PrintSheetPage>
  );
}
