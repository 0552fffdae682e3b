import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShelfRow } from '../../../src-shared/modules/mail';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

interface Props {
  /** Null adds a shelf. */
  shelf: ShelfRow | null;
  onClose(): void;
  onSaved(shelf: ShelfRow): void;
}

const LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** A shelf's letters, name and levels. Main refuses to drop a level or a code parcels still sit on, and says so. */
export function ShelfDialog({ shelf, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState(shelf?.code ?? '');
  const [name, setName] = useState(shelf?.name ?? '');
  const [levels, setLevels] = useState(shelf?.levels ?? 5);
  const [active, setActive] = useState(shelf?.active ?? true);
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(['code', 'name', 'levels', 'active']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    clear();
    setBusy(true);
    try {
      onSaved(await invoke('mail.shelves.save', { ...(shelf ? { id: shelf.id } : {}), code: code.trim().toUpperCase(), name, levels, active }));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={shelf ? t('mailUi.lists.settings.editShelf', { code: shelf.code }) : t('mailUi.lists.settings.addShelf')} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <Field label={t('mailUi.lists.settings.code')} error={errors.fields.code} hint={t('mailUi.lists.settings.codeHint')}>
          <input
            autoFocus
            autoComplete="off"
            maxLength={3}
            className="mlist-mono"
            value={code}
            onChange={(e) => setCode(e.target.value.toUpperCase())}
          />
        </Field>
        <Field label={t('mailUi.lists.settings.name')} error={errors.fields.name}>
          <input maxLength={30} value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('mailUi.lists.settings.levels')} error={errors.fields.levels}>
          <select value={levels} onChange={(e) => setLevels(Number(e.target.value))}>
            {LEVELS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </Field>
        <label className="check">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
          {t('mailUi.lists.settings.active')}
        </label>
        <span className="field-hint">{t('mailUi.lists.settings.activeHint')}</span>
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} />
      </form>
    </Dialog>
  );
}
