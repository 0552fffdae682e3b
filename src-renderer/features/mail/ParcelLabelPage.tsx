import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ParcelLabel } from '../../../src-shared/modules/mail';
import { errorMessage, invoke } from '../../api/client';
import { Barcode } from '../../components/Barcode';
import { ErrorBanner } from '../../components/Field';
import './mail-signin.css';

/** The small label stuck on the parcel: the code the shelf is searched by, big, and a barcode the pickup desk scans. */
export function ParcelLabelPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const [label, setLabel] = useState<ParcelLabel | null>(null);
  const [error, setError] = useState<string | null>(null);
  const printButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const itemId = Number(id);
    setLabel(null);
    setError(null);
    if (!Number.isInteger(itemId) || itemId <= 0) {
      setError(t('app.notFound'));
      return;
    }
    let live = true;
    invoke('mail.label', { id: itemId }).then(
      (l) => live && setLabel(l),
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [id, t]);

  // Opened from the list right after the scan: Enter prints.
  useEffect(() => {
    if (label) printButton.current?.focus();
  }, [label]);

  const back = () => (window.history.length > 1 ? navigate(-1) : navigate('/mail'));

  return (
    <div className="page doc-page mail-label-page">
      <div className="page-head no-print">
        <h1>{label ? `${t('mailUi.signIn.label.title')} ${label.pickupCode}` : t('mailUi.signIn.label.title')}</h1>
        <div className="row">
          <button type="button" onClick={back}>
            {t('mailUi.signIn.label.back')}
          </button>
          <button type="button" className="primary" ref={printButton} disabled={!label} onClick={() => window.print()}>
            {t('mailUi.signIn.label.print')}
          </button>
        </div>
      </div>
      <div className="no-print mail-label-notes">
        <ErrorBanner message={error} />
        {label ? <p className="muted">{t('mailUi.signIn.label.sizeHint')}</p> : null}
      </div>
      {label ? (
        <article className="doc-sheet mail-label" aria-label={`${t('mailUi.signIn.label.title')} ${label.pickupCode}`}>
          <div className="mail-label-head">
            <span className="mail-label-code">{label.pickupCode}</span>
            <span className="mail-label-carrier">{label.carrierName}</span>
          </div>
          <Barcode text={label.pickupCode} height={7} className="mail-label-barcode" />
          <div className="mail-label-who">
            {label.unitLabel} {label.recipientMasked}
          </div>
          <div className="mail-label-foot">
            <span className="mail-label-tracking">{label.trackingNo}</span>
            <span>
              {t('mailUi.signIn.label.received')} {label.receivedAt}
            </span>
          </div>
        </article>
      ) : null}
    </div>
  );
}
