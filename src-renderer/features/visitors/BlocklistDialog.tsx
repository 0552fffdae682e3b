import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlocklistRow } from '../../../src-shared/modules/visitors';
import { ID_DOC_TYPES, type IdDocType } from '../../../src-shared/rules/id-doc';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

interface Props {
  entry: BlocklistRow | null;
  onClose(): void;
  onSaved(row: BlocklistRow): void;
}

const FIELDS = ['name', 'idType', 'idNumber', 'phone', 'reason'];

/** Adds or edits a blocklist entry; main matches visitors by ID number, or by name and phone together. */
export function BlocklistDialog({ entry, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    name: entry?.name ?? '',
    idType: entry?.idType ?? ('resident_id' as IdDocType),
    idNumber: '',
    phone: entry?.phone ?? '',
    reason: entry?.reason ?? '',
  });
  const [busy, setBusy] = useState(false);
  const { errors, fromError } = useFormErrors(FIELDS);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      onSaved(await invoke('visitors.blocklist.save', { ...form, ...(entry ? { id: entry.id } : {}) }));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  const keep = entry?.idNumberMasked ? t('visitorsUi.blocklist.idKeep', { masked: entry.idNumberMasked }) : undefined;

  return (
    <Dialog title={entry ? t('visitorsUi.blocklist.edit') : t('visitorsUi.blocklist.add')} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <p className="muted">{t('visitorsUi.blocklist.rule')}</p>
        <Field label={t('visitorsUi.blocklist.name')} error={errors.fields.name}>
          <input name="name" autoFocus value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </Field>
        <Field label={t('visitorsUi.blocklist.idType')} error={errors.fields.idType}>
          <select name="idType" value={form.idType} onChange={(e) => setForm({ ...form, idType: e.target.value as IdDocType })}>
            {ID_DOC_TYPES.map((k) => (
              <option key={k} value={k}>
                {t(`idTypes.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('visitorsUi.blocklist.idNumber')} error={errors.fields.idNumber} hint={keep}>
          <input
            name="idNumber"
            autoComplete="off"
            spellCheck={false}
            className="visit-mono"
            placeholder={entry?.idNumberMasked ?? ''}
            value={form.idNumber}
            onChange={(e) => setForm({ ...form, idNumber: e.target.value })}
          />
        </Field>
        <Field label={t('visitorsUi.blocklist.phone')} error={errors.fields.phone}>
          <input name="phone" inputMode="tel" value={form.phone} onChange={(e) => setForm({ ...form, phone: e.target.value })} />
        </Field>
        <Field label={t('visitorsUi.blocklist.reason')} error={errors.fields.reason}>
          <input name="reason" value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />
        </Field>
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} />
      </form>
    </Dialog>
  );
}
