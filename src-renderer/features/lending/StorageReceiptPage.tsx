import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { StorageRow } from '../../../src-shared/modules/lending';
import { errorMessage, invoke } from '../../api/client';
import { Barcode } from '../../components/Barcode';
import { ErrorBanner } from '../../components/Field';
import { formatTime } from '../../components/time';
import { useSession } from '../../stores/session';
import { clearReceiptCode, useReceiptCode } from './receiptCode';
import './lending.css';

/**
 * 寄存凭条 (A6): what was stored, where, by whom, with a QR code of the storage number for the desk's scanner. The
 * claim code is printed only on the receipt printed straight after registering (the owner keeps it and brings it
 * back); a receipt reprinted from the list says it is a copy and carries no code.
 */
export function StorageReceiptPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const orgName = useSession((s) => s.orgName);
  const itemId = Number(id);
  // Taken once, at the first render: a later reload or a reprint from the list has no code.
  const [code] = useState(() => {
    const handed = useReceiptCode.getState();
    return handed.id === itemId ? handed.code : null;
  });
  const [item, setItem] = useState<StorageRow | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => clearReceiptCode(), []);
  useEffect(() => {
    if (!Number.isInteger(itemId) || itemId <= 0) {
      setError(t('app.notFound'));
      return;
    }
    invoke('lending.storage.get', { id: itemId }).then((d) => setItem(d.item), (err: unknown) => setError(errorMessage(err)));
  }, [itemId, t]);

  const back = () => {
    if (window.history.length > 1) navigate(-1);
    else navigate('/lending/storage');
  };

  const line = (label: string, value: string | number) =>
    value === '' ? null : (
      <div className="lend-receipt-line">
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    );

  return (
    <div className="page doc-page lend-receipt-page">
      <div className="row no-print">
        <button type="button" className="primary" autoFocus disabled={!item} onClick={() => window.print()}>
          {t('lendingUi.receipt.print')}
        </button>
        <button type="button" onClick={back}>
          {t('lendingUi.receipt.back')}
        </button>
      </div>
      <div className="no-print">
        <ErrorBanner message={error} />
      </div>
      {item ? (
        <article className="doc-sheet lend-receipt" aria-label={t('lendingUi.receipt.title')} data-testid="storage-receipt">
          {orgName ? <p className="lend-receipt-org">{orgName}</p> : null}
          <h1 className="lend-receipt-title">
            {t('lendingUi.receipt.title')}
            {code ? null : <span className="lend-receipt-copy">{t('lendingUi.receipt.copy')}</span>}
          </h1>
          <div className="lend-receipt-head">
            <Barcode text={item.storageNo} kind="qrcode" className="lend-receipt-qr" />
            <div>
              <div className="lend-receipt-no">{item.storageNo}</div>
              {code ? (
                <div className="lend-receipt-code" data-testid="receipt-claim-code">
                  <span>{t('lendingUi.receipt.claimCode')}</span>
                  <strong>{code}</strong>
                </div>
              ) : null}
            </div>
          </div>
          <dl className="lend-receipt-lines">
            {line(t('lendingUi.receipt.owner'), item.ownerName)}
            {line(t('lendingUi.receipt.room'), item.roomLabel)}
            {line(t('lendingUi.receipt.description'), item.description)}
            {line(t('lendingUi.receipt.count'), item.count)}
            {line(t('lendingUi.receipt.place'), item.place)}
            {line(t('lendingUi.receipt.storedAt'), formatTime(item.storedAt))}
            {line(t('lendingUi.receipt.receptionist'), item.storedBy)}
            {item.authorised.length ? line(t('lendingUi.receipt.authorised'), item.authorised.map((a) => a.name).join('、')) : null}
            {item.handedBackAt ? line(t('lendingUi.receipt.handedBack'), `${formatTime(item.handedBackAt)} ${item.collectorName ?? ''}`) : null}
          </dl>
          <p className="lend-receipt-note">{code ? t('lendingUi.receipt.instructions') : t('lendingUi.receipt.copyInstructions')}</p>
        </article>
      ) : null}
    </div>
  );
}
