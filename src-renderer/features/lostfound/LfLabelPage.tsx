import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { Barcode } from '../../components/Barcode';
import { PrintSheetPage } from '../../components/PrintSheetPage';
import './lostfound.css';

/**
 * The label stuck on a found item: number with a code128 barcode, name, category, where it is kept, when found.
 * Never the features — they are what a claimant must tell the desk.
 */
export function LfLabelPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const itemId = Number(id);
  return (
    <PrintSheetPage
      loadKey={itemId}
      load={(item) => invoke('lostfound.label', { id: item })}
      refusal={Number.isInteger(itemId) && itemId > 0 ? null : t('app.notFound')}
      printLabel={t('lostfoundUi.print')}
      backLabel={t('lostfoundUi.back')}
      backTo="/lostfound"
      sheetClass="lf-label"
      sheetTestId="lf-label"
      sheetLabel={() => t('lostfoundUi.label.title')}
    >
      {(label) => (
        <>
          <p className="lf-label-name">
            {label.name}（{label.categoryName}）
          </p>
          <Barcode text={label.itemNo} height={8} />
          <div className="lf-label-foot">
            <span>
              {t('lostfoundUi.label.found')} {label.foundAt}
            </span>
            <span>
              {t('lostfoundUi.label.place')} {label.placeName}
            </span>
          </div>
        </>
      )}
    </PrintSheetPage>
  );
}
