import { useTranslation } from 'react-i18next';
import type { BlocklistRow } from '../../../src-shared/modules/visitors';
import { invoke } from '../../api/client';
import { ReasonDialog } from '../../components/ReasonDialog';

interface Props {
  entry: BlocklistRow;
  label: string;
  onClose(): void;
  onRemoved(): void;
}

/** Taking someone off the blocklist is a decision with a reason, kept in the audit trail. */
export function RemoveBlockDialog({ entry, label, onClose, onRemoved }: Props) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      title={t('visitorsUi.blocklist.removeTitle', { name: label })}
      label={t('visitorsUi.blocklist.removeReason')}
      submitLabel={t('visitorsUi.blocklist.remove')}
      danger
      onClose={onClose}
      submit={(reason) => invoke('visitors.blocklist.remove', { id: entry.id, reason })}
      onDone={onRemoved}
    />
  );
}
