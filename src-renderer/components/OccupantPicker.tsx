import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OccupantKind } from '../../src-shared/modules/directory';
import { invoke } from '../api/client';
import { useLatestSearch } from './useLatestSearch';

/** A unit, and the occupant in it when one was picked. */
export interface HostPick {
  unitId: number;
  unitLabel: string;
  occupantId: number | null;
  occupantName: string;
  occupantKind: OccupantKind | null;
}

interface Props {
  label: string;
  value: HostPick | null;
  onChange(value: HostPick | null): void;
  /** Also offer units matched by their label, for a visit to a unit rather than a person (a vacant flat). */
  allowUnitOnly?: boolean;
  error?: string;
  autoFocus?: boolean;
  placeholder?: string;
}

const hostText = (h: HostPick, t: (k: string) => string) =>
  h.occupantId ? `${h.unitLabel} ${h.occupantName}${h.occupantKind ? `（${t(`occupantKinds.${h.occupantKind}`)}）` : ''}` : h.unitLabel;

/**
 * Picks a host or requester from the directory by name, pinyin initials, unit (`3栋2单元1203`, `1203`) or phone tail.
 * Enter takes the first match of what is typed (waiting for its answer if need be), so a receptionist who typed a full
 * unit number needs no mouse.
 */
export function OccupantPicker({ label, value, onChange, allowUnitOnly, error, autoFocus, placeholder }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const fetcher = useCallback(
    async (query: string): Promise<HostPick[]> => {
      if (!query.trim()) return [];
      const [occupants, units] = await Promise.all([
        invoke('directory.occupants.search', { q: query, limit: 8 }),
        allowUnitOnly ? invoke('directory.units.list', { q: query.trim() }) : Promise.resolve([]),
      ]);
      const people: HostPick[] = occupants.rows.map((o) => ({
        unitId: o.unitId, unitLabel: o.unitLabel, occupantId: o.id, occupantName: o.name, occupantKind: o.kind,
      }));
      const places: HostPick[] = units.slice(0, 5).map((u) => ({ unitId: u.id, unitLabel: u.label, occupantId: null, occupantName: '', occupantKind: null }));
      return [...people, ...places];
    },
    [allowUnitOnly],
  );
  const search = useLatestSearch<string, HostPick[]>(fetcher);
  const { run } = search;
  useEffect(() => {
    if (!value) run(q);
  }, [q, value, run]);
  /** Enter pressed before the answer to what is typed now arrived: take its first match when it does. */
  const pickWhenAnswered = useRef<string | null>(null);
  useEffect(() => {
    if (pickWhenAnswered.current === null || search.answered !== pickWhenAnswered.current) return;
    pickWhenAnswered.current = null;
    const first = search.result?.[0];
    if (first) onChange(first);
  }, [search.answered, search.result, onChange]);

  const choices = q.trim() ? (search.result ?? []) : [];
  const errorId = `${id}-error`;

  if (value) {
    return (
      <div className={error ? 'field field-invalid' : 'field'}>
        <span className="field-label" id={`${id}-label`}>
          {label}
        </span>
        <div className="picked-value" aria-labelledby={`${id}-label`} data-testid="picked-host">
          <strong>{hostText(value, t)}</strong>
          <button type="button" className="link" onClick={() => onChange(null)}>
            {t('picker.change')}
          </button>
        </div>
        {error ? <span className="field-error" id={errorId} role="alert">{error}</span> : null}
      </div>
    );
  }

  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        autoFocus={autoFocus}
        autoComplete="off"
        value={q}
        placeholder={placeholder ?? t('picker.placeholder')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            // The list on screen may still answer fewer letters than typed: never pick from an older answer.
            if (search.answered === q && choices[0]) onChange(choices[0]);
            else {
              pickWhenAnswered.current = q;
              run(q, true);
            }
          }
        }}
      />
      {error ? <span className="field-error" id={errorId} role="alert">{error}</span> : null}
      {q.trim() && search.result ? (
        <ul className="suggestions" role="listbox" aria-label={label}>
          {choices.length === 0 ? <li className="muted">{t('picker.none')}</li> : null}
          {choices.map((c) => (
            <li key={`${c.unitId}-${c.occupantId ?? 'unit'}`} role="option" aria-selected={false}>
              <button type="button" className="suggestion" onClick={() => onChange(c)}>
                {hostText(c, t)}
                {c.occupantId ? null : <span className="muted">{t('picker.unitOnly')}</span>}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
