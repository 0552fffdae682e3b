import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LF_METHODS, type LfItemRow, type LfMethod } from '../../../src-shared/modules/lostfound';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

/**
 * The general manager decides what happens to an expired item (001 §4.10.3: 报总物业经理决定处理): hand to 公安,
 * return to the finder, donate or destroy, with a note. The decision is final; the desk then carries it out.
 */
export function DecideDialog({ item, onClose, onDone }: { item: LfItemRow; onClose(): void; onDone(item: LfItemRow): void }) {
  const { t } = useTranslation();
  // An ID document overdue for 公安 but not expired may only go to the police.
  const methods = item.expired ? LF_METHODS : (['police'] as const);
  const [method, setMethod] = useState<LfMethod>(methods[0]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(['method', 'note', 'id']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    try {
      onDone(await invoke('lostfound.disposal.decide', { id: item.id, method, note: note.trim() }));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('lostfoundUi.expired.decideTitle', { itemNo: item.itemNo, name: item.name })} onClose={onClose}>
      <form className="lf-form" onSubmit={(e) => void submit(e)}>
        <Field label={t('lostfoundUi.expired.method')} error={errors.fields.method}>
          <select name="method" value={method} onChange={(e) => setMethod(e.target.value as LfMethod)}>
            {methods.map((m) => (
              <option key={m} value={m}>
                {t(`lostfoundUi.methods.${m}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('lostfoundUi.expired.note')} error={errors.fields.note}>
          <input name="note" autoComplete="off" className="lf-wide" value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <ErrorBanner message={errors.general ?? errors.fields.id ?? null} />
        <DialogButtons busy={busy} onClose={onClose} submitLabel={t('lostfoundUi.expired.submitDecide')} />
      </form>
    </Dialog>
  );
}
