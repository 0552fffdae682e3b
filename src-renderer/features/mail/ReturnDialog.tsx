import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { CARRIERS, type Carrier, type MailItemRow, type ReturnRow } from '../../../src-shared/modules/mail';
import { courierName } from '../../../src-shared/rules/couriers';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field, Notice } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';
import { previewLink } from '../registers/previewLink';
import { recipientText } from './MailListFlags';

interface Props {
  items: MailItemRow[];
  onClose(): void;
  /** The list refreshes at once; the dialog stays to offer the handover sheet. */
  onReturned(message: string): void;
}

const isCarrier = (v: string): v is Carrier => (CARRIERS as readonly string[]).includes(v);

/** Refused or unclaimed parcels handed to a carrier's courier, who signs the 退件交接单 printed afterwards. */
export function ReturnDialog({ items, onClose, onReturned }: Props) {
  const { t } = useTranslation();
  const carriers = new Set(items.map((m) => m.carrier));
  const [carrier, setCarrier] = useState<Carrier>(items[0]?.carrier ?? 'OTHER');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ReturnRow | null>(null);
  const { errors, fromError, setField, clear } = useFormErrors(['carrier', 'courierName', 'courierPhone', 'note']);
  const label = (c: Carrier) => (c === 'OTHER' ? t('mailUi.lists.carrierOther') : courierName(c));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setField('courierName', t('validation.required'));
    clear();
    setBusy(true);
    try {
      const r = await invoke('mail.returns.create', { carrier, courierName: name, courierPhone: phone.trim(), itemIds: items.map((m) => m.id), note });
      setDone(r);
      onReturned(t('mailUi.lists.returns.done', { no: r.returnNo, count: r.count }));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <Dialog title={t('mailUi.lists.returns.title')} onClose={onClose}>
        <Notice message={t('mailUi.lists.returns.done', { no: done.returnNo, count: done.count })} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('app.close')}
          </button>
          <Link className="button primary" to={previewLink('mail.returns.handover', { id: done.id })}>
            {t('mailUi.lists.returns.print')}
          </Link>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={t('mailUi.lists.returns.title')} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <div className="field">
          <span className="field-label">{t('mailUi.lists.returns.items')}</span>
          <ul className="mlist-return-items">
            {items.map((m) => (
              <li key={m.id}>
                <span className="mlist-mono">{m.trackingNo}</span> {m.carrierName} · {recipientText(m)}
                {m.statusNote ? <span className="muted"> · {m.statusNote}</span> : null}
              </li>
            ))}
          </ul>
        </div>
        {carriers.size > 1 ? <p className="warning">{t('mailUi.lists.returns.mixed')}</p> : null}
        <Field label={t('mailUi.lists.returns.carrier')} error={errors.fields.carrier}>
          <select value={carrier} onChange={(e) => isCarrier(e.target.value) && setCarrier(e.target.value)}>
            {CARRIERS.map((c) => (
              <option key={c} value={c}>
                {label(c)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('mailUi.lists.returns.courierName')} error={errors.fields.courierName}>
          <input autoFocus autoComplete="off" maxLength={20} value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('mailUi.lists.returns.courierPhone')} error={errors.fields.courierPhone}>
          <input inputMode="tel" autoComplete="off" maxLength={20} value={phone} onChange={(e) => setPhone(e.target.value)} />
        </Field>
        <Field label={t('mailUi.lists.returns.note')} error={errors.fields.note}>
          <input maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} submitLabel={t('mailUi.lists.returns.submit')} danger />
      </form>
    </Dialog>
  );
}
