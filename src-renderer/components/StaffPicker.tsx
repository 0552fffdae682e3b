import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRow } from '../../src-shared/modules/users';
import { invoke } from '../api/client';
import { PickedValue, PickerError, PickerInput, Suggestions } from './PickerParts';
import { useLatestSearch } from './useLatestSearch';
import { usePickOnEnter } from './usePickOnEnter';
import './StaffPicker.css';

/** A staff user as a picker keeps them: enough to show and to send the id. */
export interface StaffPick {
  id: number;
  name: string;
}

interface Common {
  label: string;
  error?: string;
  autoFocus?: boolean;
  placeholder?: string;
  /** Offered first (e.g. the key's allowed borrowers): shown as one-click choices before anything is typed. */
  suggested?: StaffPick[];
}
interface SingleProps extends Common {
  multiple?: false;
  value: StaffPick | null;
  onChange(value: StaffPick | null): void;
}
interface MultiProps extends Common {
  multiple: true;
  value: StaffPick[];
  onChange(value: StaffPick[]): void;
}

const fetchStaff = async (q: string, signal: AbortSignal): Promise<StaffRow[]> => (q.trim() ? invoke('users.staff', { q: q.trim() }, { signal }) : []);

/**
 * Picks active staff users by name, pinyin initials or username (`users.staff`). Enter takes the first match of what is
 * typed, waiting for its answer if need be. Single mode shows the pick with a change link; multiple mode keeps chips
 * and leaves the field ready for the next name.
 */
export function StaffPicker(props: SingleProps | MultiProps) {
  const { label, error, autoFocus, placeholder, suggested } = props;
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const search = useLatestSearch<string, StaffRow[]>(fetchStaff);
  const { run } = search;
  const chosen: StaffPick[] = props.multiple ? props.value : props.value ? [props.value] : [];
  const chosenIds = new Set(chosen.map((c) => c.id));

  const pick = useCallback(
    (u: StaffPick) => {
      const p = { id: u.id, name: u.name };
      if (props.multiple) {
        if (!props.value.some((v) => v.id === p.id)) props.onChange([...props.value, p]);
      } else props.onChange(p);
      setQ('');
    },
    [props],
  );

  useEffect(() => {
    run(q);
  }, [q, run]);
  const pickOnEnter = usePickOnEnter(search, (matches) => {
    const first = matches.find((u) => !chosenIds.has(u.id));
    if (first) pick(first);
  });

  const choices = q.trim() ? (search.result ?? []).filter((u) => !chosenIds.has(u.id)) : [];
  const offered = !q.trim() && suggested ? suggested.filter((u) => !chosenIds.has(u.id)) : [];

  if (!props.multiple && props.value) {
    return (
      <PickedValue id={id} label={label} error={error} testId="picked-staff" onChange={() => props.onChange(null)}>
        {props.value.name}
      </PickedValue>
    );
  }

  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {props.multiple ? (
        <ul className="staff-chips" aria-label={label}>
          {props.value.length === 0 ? <li className="muted">{t('staffPicker.empty')}</li> : null}
          {props.value.map((u) => (
            <li key={u.id} className="staff-chip">
              {u.name}
              <button
                type="button"
                className="link"
                aria-label={t('staffPicker.remove', { name: u.name })}
                onClick={() => props.onChange(props.value.filter((v) => v.id !== u.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <PickerInput
        id={id}
        autoFocus={autoFocus}
        value={q}
        placeholder={placeholder ?? t('staffPicker.placeholder')}
        error={error}
        onChange={setQ}
        onEnter={() => {
          if (q.trim()) pickOnEnter(q, choices);
          else if (offered[0]) pick(offered[0]);
        }}
      />
      <PickerError id={id} error={error} />
      {offered.length > 0 ? (
        <Suggestions label={label} items={offered} keyOf={(u) => u.id} onPick={pick}>
          {(u) => u.name}
        </Suggestions>
      ) : null}
      {q.trim() && search.result ? (
        <Suggestions label={label} items={choices} keyOf={(u) => u.id} none={t('staffPicker.none')} onPick={pick}>
          {(u) => (
            <>
              {u.name} <span className="muted">{u.username} · {u.roles.map((r) => t(`roles.${r}`)).join('、')}</span>
            </>
          )}
        </Suggestions>
      ) : null}
    </div>
  );
}
