import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LfItemRow } from '../../../src-shared/modules/lostfound';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';
import { useLfSetup } from './useLfSetup';

/** A move between storage places is recorded (§4.10.1 妥善保管); a high-value item may only go to another safe. */
export function MoveDialog({ item, onClose, onDone }: { item: LfItemRow; onClose(): void; onDone(item: LfItemRow): void }) {
  const { t } = useTranslation();
  const { places, error } = useLfSetup();
  const choices = places.filter((p) => p.active && p.id !== item.placeId && (!item.highValue || p.kind === 'safe'));
  const [placeId, setPlaceId] = useState(0);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(['placeId', 'note']);
  const chosen = placeId || choices[0]?.id || 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    try {
      onDone(await invoke('lostfound.move', { id: item.id, placeId: chosen, note: note.trim() }));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('lostfoundUi.move.title', { itemNo: item.itemNo })} onClose={onClose}>
      <form className="lf-form" onSubmit={(e) => void submit(e)}>
        <ErrorBanner message={error} />
        <Field label={t('lostfoundUi.move.place')} error={errors.fields.placeId}>
          <select name="placeId" value={chosen} onChange={(e) => setPlaceId(Number(e.target.value))}>
            {choices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.kind === 'safe' ? t('lostfoundUi.intake.safe') : ''}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('lostfoundUi.move.note')} error={errors.fields.note}>
          <input name="note" autoComplete="off" value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} submitLabel={t('lostfoundUi.move.submit')} />
      </form>
    </Dialog>
  );
}
