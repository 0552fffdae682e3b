import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LfItemRow } from '../../../src-shared/modules/lostfound';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { SignaturePad } from '../../components/SignaturePad';
import { useFormErrors } from '../../components/useFormErrors';

const FIELDS = ['receiverName', 'receiverUnit', 'note', 'executedAt', 'signature'];

interface Props {
  item: LfItemRow;
  /** `transfer`: handed over before expiry (e.g. ID cards to 公安); `execute`: the GM's decided disposal carried out. */
  mode: 'transfer' | 'execute';
  onClose(): void;
  onDone(item: LfItemRow): void;
}

/** Who received the item when it left custody other than by a claim: officer (or person) and unit, optional signature. */
export function HandoverDialog({ item, mode, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [receiverName, setReceiverName] = useState('');
  const [receiverUnit, setReceiverUnit] = useState('');
  const [note, setNote] = useState('');
  const [executedAt, setExecutedAt] = useState('');
  const [signature, setSignature] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(FIELDS);
  const method = item.decision ? t(`lostfoundUi.methods.${item.decision.method}`) : '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    const common = { id: item.id, receiverName: receiverName.trim(), receiverUnit: receiverUnit.trim(), note: note.trim(), ...(signature ? { signature } : {}) };
    try {
      onDone(
        mode === 'transfer'
          ? await invoke('lostfound.transfer', common)
          : await invoke('lostfound.disposal.execute', { ...common, ...(executedAt.trim() ? { executedAt: executedAt.trim() } : {}) }),
      );
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  const title =
    mode === 'transfer'
      ? t('lostfoundUi.handover.transferTitle', { itemNo: item.itemNo, name: item.name })
      : t('lostfoundUi.handover.executeTitle', { itemNo: item.itemNo, name: item.name, method });
  return (
    <Dialog title={title} onClose={onClose}>
      <form className="lf-form" onSubmit={(e) => void submit(e)}>
        {mode === 'transfer' ? <p className="muted">{t('lostfoundUi.handover.transferHint')}</p> : item.decision ? <p className="lf-features">{item.decision.note}</p> : null}
        <div className="lf-row">
          <Field label={t('lostfoundUi.handover.receiverName')} error={errors.fields.receiverName}>
            <input name="receiverName" autoComplete="off" value={receiverName} onChange={(e) => setReceiverName(e.target.value)} />
          </Field>
          <Field label={t('lostfoundUi.handover.receiverUnit')} error={errors.fields.receiverUnit}>
            <input name="receiverUnit" autoComplete="off" value={receiverUnit} onChange={(e) => setReceiverUnit(e.target.value)} />
          </Field>
        </div>
        <div className="lf-row">
          <Field label={t('lostfoundUi.handover.note')} error={errors.fields.note}>
            <input name="note" autoComplete="off" className="lf-wide" value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
          {mode === 'execute' ? (
            <Field label={t('lostfoundUi.handover.executedAt')} error={errors.fields.executedAt}>
              <input name="executedAt" autoComplete="off" value={executedAt} onChange={(e) => setExecutedAt(e.target.value)} />
            </Field>
          ) : null}
        </div>
        <SignaturePad
          label={t('lostfoundUi.handover.signLabel')}
          placeholder={t('lostfoundUi.handover.signHere')}
          clearLabel={t('lostfoundUi.handover.clear')}
          onChange={setSignature}
          error={errors.fields.signature}
          height={120}
        />
        <ErrorBanner message={errors.general} />
        <DialogButtons
          busy={busy}
          onClose={onClose}
          submitLabel={mode === 'transfer' ? t('lostfoundUi.handover.submitTransfer') : t('lostfoundUi.handover.submitExecute')}
        />
      </form>
    </Dialog>
  );
}
