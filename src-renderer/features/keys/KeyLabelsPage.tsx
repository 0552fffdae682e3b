import { useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { KeyLabel } from '../../../src-shared/modules/keys';
import { errorMessage, invoke } from '../../api/client';
import { Barcode } from '../../components/Barcode';
import { ErrorBanner } from '../../components/Field';
import './keys.css';

const MAX_LABELS = 60;

/** `?ids=1,2,3`: the keys ticked in the list, in that order, at most as many as main prints at once. */
function idsOf(param: string | null): number[] {
  const ids = (param ?? '')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  return [...new Set(ids)].slice(0, MAX_LABELS);
}

/**
 * Tag labels for the key cabinet: the code, big, with a code128 barcode the loan desk scans, and where it hangs.
 * Never the unit or place the key opens — a lost tag must not lead a finder to the door.
 */
export function KeyLabelsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const idsParam = params.get('ids');
  const [labels, setLabels] = useState<KeyLabel[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const printButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const ids = idsOf(idsParam);
    setLabels(null);
    setError(null);
    if (ids.length === 0) {
      setError(t('keyDepositsUi.labels.noIds'));
      return;
    }
    let live = true;
    invoke('keys.label', { ids }).then(
      (l) => live && setLabels(l),
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [idsParam, t]);

  useEffect(() => {
    if (labels) printButton.current?.focus();
  }, [labels]);

  const back = () => (window.history.length > 1 ? navigate(-1) : navigate('/keys'));

  return (
    <div className="page doc-page keys-labels-page">
      <div className="page-head no-print">
        <h1>
          {t('keyDepositsUi.labels.title')}
          {labels ? `（${labels.length}）` : ''}
        </h1>
        <div className="row">
          <button type="button" onClick={back}>
            {t('keyDepositsUi.labels.back')}
          </button>
          <button type="button" className="primary" ref={printButton} disabled={!labels} onClick={() => window.print()}>
            {t('keyDepositsUi.labels.print')}
          </button>
        </div>
      </div>
      <div className="no-print keys-labels-notes">
        <ErrorBanner message={error} />
        {labels ? <p className="muted">{t('keyDepositsUi.labels.sizeHint')}</p> : null}
      </div>
      {labels ? (
        <div className="keys-labels">
          {labels.map((l) => (
            <article key={l.id} className="doc-sheet keys-tag" aria-label={`${t('keyDepositsUi.labels.title')} ${l.code}`}>
              <div className="keys-tag-head">
                <span className="keys-tag-code">{l.code}</span>
                <span className="keys-tag-kind">{t(l.kind === 'ring' ? 'keyDepositsUi.labels.ring' : 'keyDepositsUi.labels.key')}</span>
              </div>
              <Barcode text={l.code} height={6} className="keys-tag-barcode" />
              <div className="keys-tag-foot">
                <span>{l.categoryName}</span>
                <span>{[l.cabinet, l.hook].filter(Boolean).join(' ')}</span>
              </div>
            </article>
          ))}
        </div>
      ) : null}
    </div>
  );
}
