import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailItemRow } from '../../../src-shared/modules/mail';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner } from '../../components/Field';
import { OccupantPicker, type HostPick } from '../../components/OccupantPicker';
import { useFormErrors } from '../../components/useFormErrors';

interface Props {
  item: MailItemRow;
  onClose(): void;
  onAssigned(item: MailItemRow): void;
}

/** An unmatched item matched to the occupant (or just the unit) once the desk finds out who the label means. */
export function AssignDialog({ item, onClose, onAssigned }: Props) {
  const { t } = useTranslation();
  const [pick, setPick] = useState<HostPick | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, fromError, setField } = useFormErrors(['occupantId', 'unitId']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!pick) return setField('occupantId', t('mailUi.lists.assign.pick'));
    setBusy(true);
    try {
      onAssigned(
        await invoke('mail.items.assign', { id: item.id, ...(pick.occupantId ? { occupantId: pick.occupantId } : { unitId: pick.unitId }) }),
      );
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('mailUi.lists.assign.title')} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <p className="muted mlist-dialog-sub">
          <span className="mlist-mono">{item.trackingNo}</span> {item.carrierName}
          <br />
          {t('mailUi.lists.assign.onLabel', { name: item.recipientName })}
          {item.recipientPhone ? ` · ${item.recipientPhone}` : ''}
        </p>
        <OccupantPicker
          label={t('mailUi.lists.assign.picker')}
          value={pick}
          onChange={setPick}
          allowUnitOnly
          autoFocus
          error={errors.fields.occupantId ?? errors.fields.unitId}
        />
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} submitLabel={t('mailUi.lists.assign.submit')} />
      </form>
    </Dialog>
  );
}
