import { useTranslation } from 'react-i18next';
import type { SlipRow } from '../../../src-shared/modules/releases';
import { invoke } from '../../api/client';
import { ReasonDialog } from '../../components/ReasonDialog';

interface Props {
  slip: SlipRow;
  onClose(): void;
  onVoided(slip: SlipRow): void;
}

/** A voided number stays in the sequence with its reason; the act cannot be undone. */
export function VoidDialog({ slip, onClose, onVoided }: Props) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      title={t('releasesUi.voidDialog.title', { number: slip.number })}
      hint={t('releasesUi.voidDialog.hint')}
      label={t('releasesUi.voidDialog.reason')}
      submitLabel={t('releasesUi.voidDialog.submit')}
      danger
      onClose={onClose}
      submit={(reason) => invoke('releases.void', { id: slip.id, reason })}
      onDone={onVoided}
    />
  );
}
