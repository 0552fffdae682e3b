import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyRow } from '../../../src-shared/modules/keys';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { OccupantPicker, type HostPick } from '../../components/OccupantPicker';
import { StaffPicker, type StaffPick } from '../../components/StaffPicker';
import { useFormErrors } from '../../components/useFormErrors';
import { useLatestSearch } from '../../components/useLatestSearch';
import { useKeyCategories } from './useKeyCategories';

interface Props {
  /** Null registers a new key; the tag code is then given by main. */
  editing: KeyRow | null;
  onClose(): void;
  onSaved(k: KeyRow): void;
}

interface RingPick {
  id: number;
  code: string;
  name: string;
}

const FIELDS = ['name', 'category', 'unitId', 'place', 'copies', 'cabinet', 'hook', 'ringId', 'allowedUserIds', 'note'] as const;

/** The unit a key opens, as the picker shows it: `opens` is the unit's label followed by the place. */
function unitOf(k: KeyRow | null): HostPick | null {
  if (!k?.unitId) return null;
  const label = k.place && k.opens.endsWith(` ${k.place}`) ? k.opens.slice(0, -k.place.length - 1) : k.opens;
  return { unitId: k.unitId, unitLabel: label, occupantId: null, occupantName: '', occupantKind: null };
}

const fetchRings = async (q: string, signal?: AbortSignal): Promise<RingPick[]> => {
  if (!q.trim()) return [];
  const page = await invoke('keys.search', { q: q.trim(), kind: 'ring', limit: 8 }, { signal });
  return page.rows.map((r) => ({ id: r.id, code: r.code, name: r.name }));
};

/** The ring a key hangs on: typed by tag code or name (`keys.search`, rings only); Enter takes the first. */
function RingPicker({ value, onChange, error }: { value: RingPick | null; onChange(v: RingPick | null): void; error?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const search = useLatestSearch<string, RingPick[]>(fetchRings);
  const { run } = search;
  useEffect(() => {
    if (!value) run(q);
  }, [q, value, run]);
  const choose = useCallback(
    (r: RingPick) => {
      onChange(r);
      setQ('');
    },
    [onChange],
  );

  if (value) {
    return (
      <Field label={t('keysUi.edit.ring')} error={error}>
        <div className="picked-value" data-testid="picked-ring">
          <strong>
            <span className="keys-code">{value.code}</span> {value.name}
          </strong>
          <button type="button" className="link" onClick={() => onChange(null)}>
            {t('keysUi.edit.ringOff')}
          </button>
        </div>
      </Field>
    );
  }
  const choices = q.trim() && search.answered === q ? (search.result ?? []) : [];
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {t('keysUi.edit.ring')}
      </label>
      <input
        id={id}
        type="search"
        value={q}
        autoComplete="off"
        placeholder={t('keysUi.edit.ringPlaceholder')}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (choices[0]) choose(choices[0]);
          else if (q.trim()) void fetchRings(q).then((rows) => rows[0] && choose(rows[0]));
        }}
      />
      {q.trim() && search.answered === q ? (
        <ul className="suggestions" role="listbox" aria-label={t('keysUi.edit.ring')}>
          {choices.length === 0 ? <li className="muted">{t('keysUi.edit.ringNone')}</li> : null}
          {choices.map((r) => (
            <li key={r.id} role="option" aria-selected={false}>
              <button type="button" className="suggestion" onClick={() => choose(r)}>
                <span className="keys-code">{r.code}</span> {r.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/**
 * Registering or editing a key or ring: category from the desk's list, what it opens (a unit of the directory and/or
 * a named place), the ring it hangs on, and for a restricted key who may borrow it. Editing pre-fills every field.
 */
export function KeyEditDialog({ editing, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const categories = useKeyCategories();
  const [kind, setKind] = useState(editing?.kind ?? 'key');
  const [name, setName] = useState(editing?.name ?? '');
  const [category, setCategory] = useState<string>(editing?.category ?? '');
  const [unit, setUnit] = useState<HostPick | null>(() => unitOf(editing));
  const [place, setPlace] = useState(editing?.place ?? '');
  const [copies, setCopies] = useState(String(editing?.copies ?? 1));
  const [cabinet, setCabinet] = useState(editing?.cabinet ?? '');
  const [hook, setHook] = useState(editing?.hook ?? '');
  const [ring, setRing] = useState<RingPick | null>(() =>
    editing?.ringId && editing.ringCode ? { id: editing.ringId, code: editing.ringCode, name: '' } : null,
  );
  const [restricted, setRestricted] = useState(editing?.restricted ?? false);
  const [allowOutside, setAllowOutside] = useState(editing?.allowOutside ?? false);
  const [allowed, setAllowed] = useState<StaffPick[]>(() => editing?.allowedUsers.map((u) => ({ id: u.id, name: u.name })) ?? []);
  const [note, setNote] = useState(editing?.note ?? '');
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(FIELDS);

  // A new key starts on the first active category, as main's list orders them.
  const firstActive = categories.active[0];
  useEffect(() => {
    if (!editing && !category && firstActive) {
      setCategory(firstActive.code);
      setRestricted(firstActive.restrictedDefault);
    }
  }, [editing, category, firstActive]);
  // The ring's name, for a key that already hangs on one.
  const ringId = editing?.ringId ?? null;
  useEffect(() => {
    if (!ringId) return;
    invoke('keys.get', { id: ringId, code: '' }).then(
      (d) => setRing((r) => (r && r.id === ringId ? { ...r, name: d.key.name } : r)),
      () => undefined,
    );
  }, [ringId]);

  // Active categories, and the key's own one even when it has since been deactivated.
  const offered = categories.all.filter((c) => c.active || c.code === editing?.category);

  const pickCategory = (value: string) => {
    setCategory(value);
    // A new key takes the category's default restriction, as main would; the desk may change it.
    const c = categories.all.find((x) => x.code === value);
    if (!editing && c) setRestricted(c.restrictedDefault);
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
        ...(unit ? { unitId: unit.unitId } : {}),
        place: place.trim(),
        copies: Number(copies),
        cabinet: cabinet.trim(),
        hook: hook.trim(),
        ...(kind === 'key' && ring ? { ringId: ring.id } : {}),
        restricted,
        allowOutside: restricted && allowOutside,
        allowedUserIds: restricted ? allowed.map((u) => u.id) : [],
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
                {offered.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                    {c.active ? '' : t('keysUi.edit.categoryInactive')}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div className="keys-span-4">
            <OccupantPicker
              label={t('keysUi.edit.unit')}
              value={unit}
              onChange={(v) => setUnit(v ? { ...v, occupantId: null, occupantName: '', occupantKind: null } : null)}
              allowUnitOnly
              placeholder={t('keysUi.edit.unitPlaceholder')}
              error={errors.fields.unitId}
            />
          </div>
          <div className="keys-span-4">
            <Field label={unit ? t('keysUi.edit.placeInUnit') : t('keysUi.edit.place')} error={errors.fields.place}>
              <input value={place} onChange={(e) => setPlace(e.target.value)} />
            </Field>
          </div>
          <div className="keys-span-2">
            <Field label={t('keysUi.edit.copies')} error={errors.fields.copies}>
              <input type="number" min={1} max={50} value={copies} onChange={(e) => setCopies(e.target.value)} />
            </Field>
          </div>
          {kind === 'key' ? (
            <div className="keys-span-6">
              <RingPicker value={ring} onChange={setRing} error={errors.fields.ringId} />
            </div>
          ) : null}
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
          {restricted ? (
            <label className="keys-span-3 keys-check">
              <input type="checkbox" checked={allowOutside} onChange={(e) => setAllowOutside(e.target.checked)} />
              {t('keysUi.edit.allowOutside')}
            </label>
          ) : null}
          {restricted ? (
            <div className="keys-span-6">
              <StaffPicker multiple label={t('keysUi.edit.allowedUsers')} value={allowed} onChange={setAllowed} error={errors.fields.allowedUserIds} />
            </div>
          ) : null}
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
