import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageDetail, StorageRow } from '../../../src-shared/modules/lending';
import { errorMessage, invoke } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/Field';
import { formatTime } from '../../components/time';

/** A stored item's photo and, once handed back, the collector's signature, read from main on opening. */
export function StorageDetailDialog({ item, onClose }: { item: StorageRow; onClose(): void }) {
  const { t } = useTranslation();
  const [detail, setDetail] = useState<StorageDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    invoke('lending.storage.get', { id: item.id }).then(setDetail, (err: unknown) => setError(errorMessage(err)));
  }, [item.id]);
  const s = detail?.item ?? item;

  return (
    <Dialog title={t('lendingUi.detail.title', { storageNo: s.storageNo })} onClose={onClose}>
      <ErrorBanner message={error} />
      <p>
        {t('lendingUi.storage.codeFor', { storageNo: s.storageNo, description: s.description, count: s.count, place: s.place })}
        <br />
        {s.roomLabel} {s.ownerName} {s.ownerPhone} · {formatTime(s.storedAt)} {s.storedBy}
      </p>
      <div className="lend-detail">
        <figure className="lend-detail-fig">
          <figcaption>{t('lendingUi.detail.photo')}</figcaption>
          {detail?.photoDataUrl ? (
            <img src={detail.photoDataUrl} alt={t('lendingUi.detail.photo')} data-testid="storage-photo" />
          ) : (
            <p className="muted">{t('lendingUi.detail.noPhoto')}</p>
          )}
        </figure>
        <figure className="lend-detail-fig">
          <figcaption>{t('lendingUi.detail.signature')}</figcaption>
          {detail?.signatureDataUrl ? (
            <img src={detail.signatureDataUrl} alt={t('lendingUi.detail.signature')} data-testid="storage-signature" className="lend-detail-sign" />
          ) : (
            <p className="muted">{t('lendingUi.detail.notYet')}</p>
          )}
          {s.handedBackAt ? (
            <p className="lend-note">
              {t('lendingUi.detail.collected', { at: formatTime(s.handedBackAt), name: s.collectorName ?? '', phone: s.collectorPhone ?? '', by: s.handedBackBy ?? '' })}
            </p>
          ) : null}
        </figure>
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('lendingUi.detail.close')}
        </button>
      </div>
    </Dialog>
  );
}
