import { useTranslation } from 'react-i18next';
import type { StorageReceipt } from '../../../src-shared/modules/lending';
import { useNavigate } from 'react-router-dom';
import { Dialog } from '../../components/Dialog';
import { handReceiptCode } from './receiptCode';

/** The claim code, big, this one time: main keeps only its hash, so closing the dialog is the end of it. */
export function ClaimCodeDialog({ receipt, onClose }: { receipt: StorageReceipt; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { item, claimCode } = receipt;
  // The owner keeps the code to collect the item: this first receipt is the one paper that carries it.
  const print = () => {
    handReceiptCode(item.id, claimCode);
    navigate(`/lending/storage/${item.id}/receipt`);
  };
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
        <button type="button" onClick={print}>
          {t('lendingUi.receipt.printButton')}
        </button>
        <button type="button" className="primary" onClick={onClose}>
          {t('lendingUi.storage.close')}
        </button>
      </div>
    </Dialog>
  );
}
