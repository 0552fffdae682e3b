import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

interface Props {
  /** Main's message: which check the number failed. */
  message: string;
  reason: string;
  onReason(value: string): void;
  error?: string;
  busy: boolean;
  onConfirm(): void;
}

/** An ID that fails its check is a warning, not a wall: the receptionist with the card in hand writes why it is right. */
export function IdWarningPanel({ message, reason, onReason, error, busy, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <div className="visit-span-6 visit-id-warning">
      <p className="visit-id-warning-title" role="alert">
        <strong>{t('visitorsUi.checkIn.idWarnTitle')}</strong>
        <span>{message}</span>
      </p>
      <div className="visit-id-warning-row">
        <Field label={t('visitorsUi.checkIn.idReason')} error={error} hint={t('visitorsUi.checkIn.idReasonHint')}>
          <input
            name="idOverrideReason"
            autoFocus
            value={reason}
            onChange={(e) => onReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                onConfirm();
              }
            }}
          />
        </Field>
        <button type="button" className="visit-warn-button" disabled={busy} onClick={onConfirm}>
          {t('visitorsUi.checkIn.idConfirm')}
        </button>
      </div>
    </div>
  );
}
