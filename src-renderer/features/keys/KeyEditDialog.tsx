import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KEY_CATEGORIES, RESTRICTED_BY_DEFAULT, type KeyCategory, type KeyRow } from '../../../src-shared/modules/keys';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

interface Props {
  /** Null registers a new key; the tag code is then given by main. */
  editing: KeyRow | null;
  onClose(): void;
  onSaved(k: KeyRow): void;
}

const FIELDS = ['name', 'category', 'place', 'copies', 'cabinet', 'hook', 'note'] as const;
const isCategory = (v: string): v is KeyCategory => (KEY_CATEGORIES as readonly string[]).includes(v);

/** Registering or editing a key or ring, kept to what the desk fills in daily (no unit link or staff allow-list). */
export function KeyEditDialog({ editing, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState(editing?.kind ?? 'key');
  const [name, setName] = useState(editing?.name ?? '');
  const [category, setCategory] = useState<KeyCategory>(editing?.category ?? 'public_area');
  const [place, setPlace] = useState(editing?.place ?? '');
  const [copies, setCopies] = useState(String(editing?.copies ?? 1));
  const [cabinet, setCabinet] = useState(editing?.cabinet ?? '');
  const [hook, setHook] = useState(editing?.hook ?? '');
  const [restricted, setRestricted] = useState(editing?.restricted ?? false);
  const [allowOutside, setAllowOutside] = useState(editing?.allowOutside ?? false);
  const [note, setNote] = useState(editing?.note ?? '');
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(FIELDS);

  const pickCategory = (value: string) => {
    if (!isCategory(value)) return;
    setCategory(value);
    // A new master or plant-room key starts restricted, as main would make it; the desk may untick it.
    if (!editing) setRestricted(RESTRICTED_BY_DEFAULT.includes(value));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    clear();
    try {
      const saved = await invoke('keys.save', {
        ...(editing ? { id: editing.id } : {}),
        kind,
        name: name.trim(),
        category,
        ...(editing?.unitId ? { unitId: editing.unitId } : {}),
        place: place.trim(),
        copies: Number(copies),
        cabinet: cabinet.trim(),
        hook: hook.trim(),
        ...(editing?.ringId ? { ringId: editing.ringId } : {}),
        restricted,
        allowOutside,
        allowedUserIds: editing?.allowedUsers.map((u) => u.id) ?? [],
        note: note.trim(),
      });
      onSaved(saved);
    } catch (error) {
      fromError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={editing ? t('keysUi.edit.editTitle', { code: editing.code }) : t('keysUi.edit.addTitle')} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)}>
        <ErrorBanner message={errors.general} />
        <div className="keys-grid">
          <div className="keys-span-2">
            <Field label={t('keysUi.edit.kind')}>
              <select value={kind} disabled={!!editing} onChange={(e) => setKind(e.target.value === 'ring' ? 'ring' : 'key')}>
                <option value="key">{t('keysUi.edit.kindKey')}</option>
                <option value="ring">{t('keysUi.edit.kindRing')}</option>
              </select>
            </Field>
          </div>
          <div className="keys-span-4">
            <Field label={t('keysUi.edit.name')} error={errors.fields.name}>
              <input value={name} onChange={(e) => setName(e.target.value)} autoFocus />
            </Field>
          </div>
          <div className="keys-span-2">
            <Field label={t('keysUi.edit.category')} error={errors.fields.category}>
              <select value={category} onChange={(e) => pickCategory(e.target.value)}>
                {KEY_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`keys.category.${c}`)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div className="keys-span-3">
            <Field label={t('keysUi.edit.place')} error={errors.fields.place}>
              <input value={place} onChange={(e) => setPlace(e.target.value)} />
            </Field>
          </div>
          <div className="keys-span-1">
            <Field label={t('keysUi.edit.copies')} error={errors.fields.copies}>
              <input type="number" min={1} max={50} value={copies} onChange={(e) => setCopies(e.target.value)} />
            </Field>
          </div>
          <div className="keys-span-3">
            <Field label={t('keysUi.edit.cabinet')} error={errors.fields.cabinet}>
              <input value={cabinet} onChange={(e) => setCabinet(e.target.value)} />
            </Field>
          </div>
          <div className="keys-span-3">
            <Field label={t('keysUi.edit.hook')} error={errors.fields.hook}>
              <input value={hook} onChange={(e) => setHook(e.target.value)} />
            </Field>
          </div>
          <label className="keys-span-3 keys-check">
            <input type="checkbox" checked={restricted} onChange={(e) => setRestricted(e.target.checked)} />
            {t('keysUi.edit.restricted')}
          </label>
          <label className="keys-span-3 keys-check">
            <input type="checkbox" checked={allowOutside} onChange={(e) => setAllowOutside(e.target.checked)} />
            {t('keysUi.edit.allowOutside')}
          </label>
          <div className="keys-span-6">
            <Field label={t('keysUi.edit.note')} error={errors.fields.note}>
              <input value={note} onChange={(e) => setNote(e.target.value)} />
            </Field>
          </div>
        </div>
        <DialogButtons busy={busy} onClose={onClose} />
      </form>
    </Dialog>
  );
}
