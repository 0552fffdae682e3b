import { useTranslation } from 'react-i18next';
import type { ExceptionKind, MailItemRow } from '../../../src-shared/modules/mail';
import { invoke } from '../../api/client';
import { ReasonDialog } from '../../components/ReasonDialog';

interface Props {
  item: MailItemRow;
  kind: ExceptionKind;
  onClose(): void;
  onDone(item: MailItemRow): void;
}

/** Refused, damaged or lost: each kept with who, when and the reason written here. */
export function ExceptionDialog({ item, kind, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const what = [item.trackingNo, item.pickupCode].filter(Boolean).join(' · ');
  return (
    <ReasonDialog
      title={`${t(`mailUi.lists.exception.${kind}.title`)} ${what}`}
      hint={t(`mailUi.lists.exception.${kind}.hint`)}
      label={t(`mailUi.lists.exception.${kind}.label`)}
      submitLabel={t(`mailUi.lists.exception.${kind}.submit`)}
      // Damage is a note on a parcel still kept; refusal and loss change what happens to it.
      danger={kind !== 'damaged'}
      onClose={onClose}
      submit={(note) => invoke('mail.items.exception', { id: item.id, kind, note })}
      onDone={onDone}
    />
  );
}
