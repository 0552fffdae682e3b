import { useTranslation } from 'react-i18next';
import type { PassRow } from '../../../src-shared/modules/passes';
import { invoke } from '../../api/client';
import { ReasonDialog } from '../../components/ReasonDialog';

interface Props {
  pass: PassRow;
  onClose(): void;
  onRevoked(pass: PassRow): void;
}

/** Revoking cannot be undone, so the dialog says so and its button names the act. */
export function RevokePassDialog({ pass, onClose, onRevoked }: Props) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      title={t('passesUi.revokeDialog.title', { number: pass.number, holder: pass.holderName })}
      hint={t('passesUi.revokeDialog.hint')}
      label={t('passesUi.revokeDialog.reason')}
      submitLabel={t('passesUi.revokeDialog.submit')}
      danger
      onClose={onClose}
      submit={(reason) => invoke('passes.revoke', { id: pass.id, reason })}
      onDone={onRevoked}
    />
  );
}
