import { useTranslation } from 'react-i18next';
import type { MailItemRow } from '../../../src-shared/modules/mail';

/** The marks a receptionist acts on: who it is for is unknown, it may not be kept, it has waited too long, it is broken. */
export function MailListFlags({ item }: { item: MailItemRow }) {
  const { t } = useTranslation();
  const flags = [
    item.matched ? null : { key: 'unmatched', text: t('mailUi.unmatched') },
    item.noConsent ? { key: 'consent', text: t('mailUi.noConsent') } : null,
    item.overdue ? { key: 'overdue', text: t('mailUi.overdue') } : null,
    item.damaged ? { key: 'damaged', text: t('mailUi.damaged') } : null,
  ].filter((f) => f !== null);
  if (!flags.length) return null;
  return (
    <span className="mlist-flags">
      {flags.map((f) => (
        <span key={f.key} className={`mlist-flag mlist-flag-${f.key}`}>
          {f.text}
        </span>
      ))}
    </span>
  );
}

/** `3栋2单元1203 张伟`, or the name off the label while it is unmatched. */
export const recipientText = (m: Pick<MailItemRow, 'unitLabel' | 'recipientName'>): string =>
  [m.unitLabel, m.recipientName].filter(Boolean).join(' ');

/** Parcels that may go back to a courier: waiting on the shelf (unclaimed) or refused. */
export const returnable = (m: MailItemRow): boolean => m.kind === 'parcel' && (m.status === 'waiting' || m.status === 'refused');
