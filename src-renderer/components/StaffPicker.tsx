import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRow } from '../../src-shared/modules/users';
import { invoke } from '../api/client';
import { useLatestSearch } from './useLatestSearch';
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

const fetchStaff = async (q: string): Promise<StaffRow[]> => (q.trim() ? invoke('users.staff', { q: q.trim() }) : []);

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
  /** Enter pressed before the answer to what is typed now arrived: take its first match when it does. */
  const pickWhenAnswered = useRef<string | null>(null);
  useEffect(() => {
    if (pickWhenAnswered.current === null || search.answered !== pickWhenAnswered.current) return;
    pickWhenAnswered.current = null;
    const first = search.result?.find((u) => !chosenIds.has(u.id));
    if (first) pick(first);
  });

  const choices = q.trim() ? (search.result ?? []).filter((u) => !chosenIds.has(u.id)) : [];
  const offered = !q.trim() && suggested ? suggested.filter((u) => !chosenIds.has(u.id)) : [];
  const errorId = `${id}-error`;
  const errorLine = error ? (
    <span className="field-error" id={errorId} role="alert">
      {error}
    </span>
  ) : null;

  if (!props.multiple && props.value) {
    return (
      <div className={error ? 'field field-invalid' : 'field'}>
        <span className="field-label" id={`${id}-label`}>
          {label}
        </span>
        <div className="picked-value" aria-labelledby={`${id}-label`} data-testid="picked-staff">
          <strong>{props.value.name}</strong>
          <button type="button" className="link" onClick={() => props.onChange(null)}>
            {t('picker.change')}
          </button>
        </div>
        {errorLine}
      </div>
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
      <input
        id={id}
        type="search"
        autoFocus={autoFocus}
        autoComplete="off"
        value={q}
        placeholder={placeholder ?? t('staffPicker.placeholder')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (!q.trim()) {
            if (offered[0]) pick(offered[0]);
            return;
          }
          // The list on screen may still answer fewer letters than typed: never pick from an older answer.
          if (search.answered === q && choices[0]) pick(choices[0]);
          else {
            pickWhenAnswered.current = q;
            run(q, true);
          }
        }}
      />
      {errorLine}
      {offered.length > 0 ? (
        <ul className="suggestions" role="listbox" aria-label={label}>
          {offered.map((u) => (
            <li key={u.id} role="option" aria-selected={false}>
              <button type="button" className="suggestion" onClick={() => pick(u)}>
                {u.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {q.trim() && search.result ? (
        <ul className="suggestions" role="listbox" aria-label={label}>
          {choices.length === 0 ? <li className="muted">{t('staffPicker.none')}</li> : null}
          {choices.map((u) => (
            <li key={u.id} role="option" aria-selected={false}>
              <button type="button" className="suggestion" onClick={() => pick(u)}>
                {u.name} <span className="muted">{u.username} · {u.roles.map((r) => t(`roles.${r}`)).join('、')}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
