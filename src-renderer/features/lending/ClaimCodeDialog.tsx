import { useTranslation } from 'react-i18next';
import type { StorageReceipt } from '../../../src-shared/modules/lending';
import { Dialog } from '../../components/Dialog';

/** The claim code, big, this one time: main keeps only its hash, so closing the dialog is the end of it. */
export function ClaimCodeDialog({ receipt, onClose }: { receipt: StorageReceipt; onClose(): void }) {
  const { t } = useTranslation();
  const { item, claimCode } = receipt;
  return (
    <Dialog title={t('lendingUi.storage.codeTitle')} onClose={onClose}>
      <p className="lend-code-for">
        {t('lendingUi.storage.codeFor', { storageNo: item.storageNo, description: item.description, count: item.count, place: item.place })}
      </p>
      <div className="lend-code" data-testid="claim-code" aria-label={t('lendingUi.storage.codeTitle')}>
        {claimCode}
      </div>
      <p className="lend-code-note">{t('lendingUi.storage.codeNote', { who: `${item.roomLabel} ${item.ownerName}` })}</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('lendingUi.storage.close')}
        </button>
      </div>
    </Dialog>
  );
}
