import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageReceipt } from '../../../src-shared/modules/lending';
import { Notice } from '../../components/Field';
import { ClaimCodeDialog } from './ClaimCodeDialog';
import { HandBackForm } from './HandBackForm';
import { RegisterLink } from './RegisterLink';
import { StorageForm } from './StorageForm';
import { StorageList } from './StorageList';
import './lending.css';

/** 物品寄存: items taken in against a claim code on the left, handed back against code and signature on the right. */
export function StoragePage() {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState<StorageReceipt | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** Bumped after each registration or hand-back: forms start empty and the list is read again. */
  const [round, setRound] = useState(0);

  return (
    <div className="page lend-page">
      <div className="page-head">
        <h1>{t('lendingUi.storage.title')}</h1>
        <RegisterLink channel="lending.storageRegister" />
      </div>
      <Notice message={notice} />
      <div className="lend-columns">
        <StorageForm
          key={`in-${round}`}
          onDone={(r) => {
            setReceipt(r);
            setNotice(null);
            setRound((n) => n + 1);
          }}
        />
        <HandBackForm
          key={`out-${round}`}
          onDone={(item) => {
            setNotice(t('lendingUi.storage.handedBack', { storageNo: item.storageNo, description: item.description, name: item.collectorName ?? '' }));
            setRound((n) => n + 1);
          }}
        />
      </div>
      <StorageList round={round} />
      {receipt ? <ClaimCodeDialog receipt={receipt} onClose={() => setReceipt(null)} /> : null}
    </div>
  );
}
