import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OccupantKind } from '../../src-shared/modules/directory';
import { invoke } from '../api/client';
import { PickedValue, PickerError, PickerInput, Suggestions } from './PickerParts';
import { useLatestSearch } from './useLatestSearch';
import { usePickOnEnter } from './usePickOnEnter';

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
    async (query: string, signal: AbortSignal): Promise<HostPick[]> => {
      if (!query.trim()) return [];
      const [occupants, units] = await Promise.all([
        invoke('directory.occupants.search', { q: query, limit: 8 }, { signal }),
        allowUnitOnly ? invoke('directory.units.list', { q: query.trim() }, { signal }) : Promise.resolve([]),
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
  const takeFirst = useCallback(
    (matches: readonly HostPick[]) => {
      if (matches[0]) onChange(matches[0]);
    },
    [onChange],
  );
  const pickOnEnter = usePickOnEnter(search, takeFirst);

  const choices = q.trim() ? (search.result ?? []) : [];

  if (value) {
    return (
      <PickedValue id={id} label={label} error={error} testId="picked-host" onChange={() => onChange(null)}>
        {hostText(value, t)}
      </PickedValue>
    );
  }

  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <PickerInput
        id={id}
        autoFocus={autoFocus}
        value={q}
        placeholder={placeholder ?? t('picker.placeholder')}
        error={error}
        onChange={setQ}
        onEnter={() => pickOnEnter(q, choices)}
      />
      <PickerError id={id} error={error} />
      {q.trim() && search.result ? (
        <Suggestions label={label} items={choices} keyOf={(c) => `${c.unitId}-${c.occupantId ?? 'unit'}`} none={t('picker.none')} onPick={onChange}>
          {(c) => (
            <>
              {hostText(c, t)}
              {c.occupantId ? null : <span className="muted">{t('picker.unitOnly')}</span>}
            </>
          )}
        </Suggestions>
      ) : null}
    </div>
  );
}
