import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { VisitSlip } from '../../../src-shared/modules/visitors';
import { errorMessage, invoke } from '../../api/client';
import { Barcode } from '../../components/Barcode';
import { ErrorBanner } from '../../components/Field';
import './visitors.css';

/** The receipt-style slip the visitor carries and hands back; its barcode is what the on-site scan box reads. */
export function VisitSlipPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const [slip, setSlip] = useState<VisitSlip | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const visitId = Number(id);
    if (!Number.isInteger(visitId) || visitId <= 0) {
      setError(t('app.notFound'));
      return;
    }
    invoke('visitors.slip', { id: visitId }).then(setSlip, (err: unknown) => setError(errorMessage(err)));
  }, [id, t]);

  const back = () => {
    // Opened straight after check-in or from a list: back to where the receptionist was, or the desk's form.
    if (window.history.length > 1) navigate(-1);
    else navigate('/visitors');
  };

  const line = (label: string, value: string | number) =>
    value === '' ? null : (
      <div className="visit-slip-line">
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    );

  return (
    <div className="page doc-page visit-slip-page">
      <div className="row no-print">
        <button type="button" className="primary" autoFocus disabled={!slip} onClick={() => window.print()}>
          {t('visitorsUi.slip.print')}
        </button>
        <button type="button" onClick={back}>
          {t('visitorsUi.slip.back')}
        </button>
      </div>
      <div className="no-print">
        <ErrorBanner message={error} />
      </div>
      {slip ? (
        <article className="doc-sheet visit-slip" aria-label={slip.title}>
          <p className="visit-slip-org">{slip.orgName}</p>
          <h1 className="visit-slip-title">{slip.title}</h1>
          <div className="visit-slip-code">
            <Barcode text={slip.visitNo} height={12} className="visit-slip-barcode" />
          </div>
          <dl className="visit-slip-lines">
            {line(t('visitorsUi.slip.name'), slip.name)}
            {line(t('visitorsUi.slip.id'), slip.idLabel)}
            {line(t('visitorsUi.slip.company'), slip.company)}
            {line(t('visitorsUi.slip.host'), slip.host)}
            {line(t('visitorsUi.slip.purpose'), slip.purpose)}
            {line(t('visitorsUi.slip.party'), slip.partySize)}
            {line(t('visitorsUi.slip.plate'), slip.plate)}
            {line(t('visitorsUi.slip.timeIn'), slip.checkedInAt)}
            {line(t('visitorsUi.slip.receptionist'), slip.receptionist)}
          </dl>
          {slip.note ? <p className="visit-slip-note">{slip.note}</p> : null}
        </article>
      ) : null}
    </div>
  );
}
