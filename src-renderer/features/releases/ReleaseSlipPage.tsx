import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { SlipPrint } from '../../../src-shared/modules/releases';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner } from '../../components/Field';
import { SlipSheet } from './SlipSheet';
import './releases.css';

export function ReleaseSlipPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const [slip, setSlip] = useState<SlipPrint | null>(null);
  const [error, setError] = useState<string | null>(null);
  const printButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const slipId = Number(id);
    if (!Number.isInteger(slipId) || slipId <= 0) {
      setError(t('app.notFound'));
      return;
    }
    let live = true;
    invoke('releases.slip', { id: slipId }).then(
      (s) => live && setSlip(s),
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [id, t]);

  // Straight after issuing, Enter prints.
  useEffect(() => {
    if (slip) printButton.current?.focus();
  }, [slip]);

  return (
    <div className="page doc-page release-slip-page">
      <div className="row no-print">
        <button type="button" onClick={() => navigate('/releases')}>
          {t('releasesUi.slip.back')}
        </button>
        <button type="button" className="primary" ref={printButton} disabled={!slip} onClick={() => window.print()}>
          {t('releasesUi.slip.print')}
        </button>
      </div>
      <div className="no-print">
        <ErrorBanner message={error} />
      </div>
      {slip ? <SlipSheet slip={slip} voided={slip.status === 'voided'} /> : null}
    </div>
  );
}
