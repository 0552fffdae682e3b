import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailItemRow } from '../../../src-shared/modules/mail';
import { ScanPanel } from './ScanPanel';
import { SignInParcelList } from './SignInParcelList';

/**
 * Parcels signed in without a batch, remembered until the app reloads: a batch's list comes back from main, these
 * have no batch to ask for, and the clerk who opens a label and comes back still wants to see them.
 */
let recent: MailItemRow[] = [];

interface Props {
  onBack(): void;
}

/** A parcel a resident leaves for a neighbour or a walk-in courier brings: no courier batch, no handover sheet. */
export function SignInSingle({ onBack }: Props) {
  const { t } = useTranslation();
  const [items, setItems] = useState(recent);

  return (
    <div className="mail-signin-desk">
      <section className="mail-signin-batch" aria-label={t('mailUi.signIn.single.heading')}>
        <div className="mail-signin-batch-who">
          <h2>{t('mailUi.signIn.single.heading')}</h2>
          <p className="muted">{t('mailUi.signIn.single.hint')}</p>
        </div>
        <div className="row">
          <button type="button" onClick={onBack}>
            {t('mailUi.signIn.single.back')}
          </button>
        </div>
      </section>
      <ScanPanel
        batch={null}
        onSigned={(item) => {
          recent = [item, ...recent].slice(0, 50);
          setItems(recent);
        }}
      />
      <SignInParcelList title={t('mailUi.signIn.list.titleSingle')} items={items} />
    </div>
  );
}
