import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { LfLabel } from '../../../src-shared/modules/lostfound';
import { errorMessage, invoke } from '../../api/client';
import { Barcode } from '../../components/Barcode';
import { ErrorBanner } from '../../components/Field';
import './lostfound.css';

/**
 * The label stuck on a found item: number with a code128 barcode, name, category, where it is kept, when found.
 * Never the features — they are what a claimant must tell the desk.
 */
export function LfLabelPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const itemId = Number(id);
  const [label, setLabel] = useState<LfLabel | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!Number.isInteger(itemId) || itemId <= 0) {
      setError(t('app.notFound'));
      return;
    }
    invoke('lostfound.label', { id: itemId }).then(setLabel, (err: unknown) => setError(errorMessage(err)));
  }, [itemId, t]);

  const back = () => (window.history.length > 1 ? navigate(-1) : navigate('/lostfound'));

  return (
    <div className="page doc-page">
      <div className="row no-print">
        <button type="button" className="primary" autoFocus disabled={!label} onClick={() => window.print()}>
          {t('lostfoundUi.print')}
        </button>
        <button type="button" onClick={back}>
          {t('lostfoundUi.back')}
        </button>
      </div>
      <div className="no-print">
        <ErrorBanner message={error} />
      </div>
      {label ? (
        <article className="doc-sheet lf-label" aria-label={t('lostfoundUi.label.title')} data-testid="lf-label">
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
        </article>
      ) : null}
    </div>
  );
}
