import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ArchiveLabels } from '../../../src-shared/modules/archive';
import { errorMessage, invoke } from '../../api/client';
import { Barcode } from '../../components/Barcode';
import { ErrorBanner } from '../../components/Field';
import './archive.css';

const ids = (param: string | null): number[] | undefined => {
  if (param === null) return undefined;
  return [...new Set(param.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0))].slice(0, 200);
};

/**
 * Cabinet and box labels (`?cabinets=1,2&boxes=3`; none = all in use): the place in big type, the index range it
 * holds (000 §5.4.3) and a code128 barcode a scanner types back into the catalogue search.
 */
export function ArchiveLabelsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const cabinetsParam = params.get('cabinets');
  const boxesParam = params.get('boxes');
  const [labels, setLabels] = useState<ArchiveLabels | null>(null);
  const [error, setError] = useState<string | null>(null);
  const printButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    const cabinetIds = ids(cabinetsParam);
    const boxIds = ids(boxesParam);
    const input = cabinetIds || boxIds ? { cabinetIds: cabinetIds ?? [], boxIds: boxIds ?? [] } : {};
    invoke('archive.labels', input).then(
      (l) => live && setLabels(l),
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [cabinetsParam, boxesParam]);
  useEffect(() => {
    if (labels) printButton.current?.focus();
  }, [labels]);

  const back = () => (window.history.length > 1 ? navigate(-1) : navigate('/archive/storage'));
  const count = labels ? labels.cabinets.length + labels.boxes.length : 0;
  return (
    <div className="page doc-page archive-labels-page">
      <div className="page-head no-print">
        <h1>
          {t('archiveUi.labels.title')}
          {labels ? `（${count}）` : ''}
        </h1>
        <div className="row">
          <button type="button" onClick={back}>
            {t('archiveUi.labels.back')}
          </button>
          <button type="button" className="primary" ref={printButton} disabled={count === 0} onClick={() => window.print()}>
            {t('archiveUi.labels.print')}
          </button>
        </div>
      </div>
      <div className="no-print">
        <ErrorBanner message={error} />
        {labels && count === 0 ? <p className="muted">{t('archiveUi.labels.none')}</p> : null}
      </div>
      {labels ? (
        <div className="archive-labels">
          {[...labels.cabinets.map((c) => ({ ...c, sub: c.location })), ...labels.boxes.map((b) => ({ ...b, sub: b.label }))].map((l) => (
            <article key={l.barcode} className="doc-sheet archive-tag" data-testid="archive-label" aria-label={l.title}>
              <div className="archive-tag-head">
                <span className="archive-tag-code">{l.title}</span>
                <span className="archive-tag-org">{labels.orgName}</span>
              </div>
              <div className="archive-tag-range">
                {t('archiveUi.labels.range')}：{l.rangeText || '—'}
              </div>
              <Barcode text={l.barcode} height={7} className="archive-tag-barcode" />
              <div className="archive-tag-foot">{l.sub}</div>
            </article>
          ))}
        </div>
      ) : null}
    </div>
  );
}
