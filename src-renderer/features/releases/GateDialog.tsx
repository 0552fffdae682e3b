import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlipRow } from '../../../src-shared/modules/releases';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

interface Props {
  slip: SlipRow;
  onClose(): void;
  onReleased(slip: SlipRow): void;
}

/** At the gate: the guard reads the slip's items against the goods and confirms before they leave. */
export function GateDialog({ slip, onClose, onReleased }: Props) {
  const { t } = useTranslation();
  const [confirmed, setConfirmed] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError, setField } = useFormErrors(['itemsConfirmed', 'note']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!confirmed) return setField('itemsConfirmed', t('releasesUi.gate.confirmFirst'));
    setBusy(true);
    try {
      onReleased(await invoke('releases.release', { id: slip.id, itemsConfirmed: true, note: note.trim() }));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('releasesUi.gate.title', { number: slip.number })} onClose={onClose}>
      <form onSubmit={submit} className="form">
        <div>
          <div>{t('releasesUi.gate.facts', { unit: slip.unitLabel, requester: slip.requesterName, carrier: slip.carrierName })}</div>
          {slip.vehiclePlate ? <div className="muted">{t('releasesUi.gate.plate', { plate: slip.vehiclePlate })}</div> : null}
        </div>
        <table className="data-table release-gate-items">
          <thead>
            <tr>
              <th>{t('releasesUi.gate.no')}</th>
              <th>{t('releasesUi.gate.item')}</th>
              <th>{t('releasesUi.gate.quantity')}</th>
            </tr>
          </thead>
          <tbody>
            {slip.items.map((item, i) => (
              <tr key={i}>
                <td>{i + 1}</td>
                <td>{item.name}</td>
                <td className="nowrap">
                  {item.quantity}
                  {item.unit}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className={errors.fields.itemsConfirmed ? 'field field-invalid' : 'field'}>
          <label className="check">
            <input type="checkbox" autoFocus checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            {t('releasesUi.gate.confirm')}
          </label>
          {errors.fields.itemsConfirmed ? (
            <span className="field-error" role="alert">
              {errors.fields.itemsConfirmed}
            </span>
          ) : null}
        </div>
        <Field label={t('releasesUi.gate.note')} error={errors.fields.note}>
          <input maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} submitLabel={t('releasesUi.gate.submit')} />
      </form>
    </Dialog>
  );
}
