import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitorPersonRow } from '../../../src-shared/modules/visitors';
import { invoke } from '../../api/client';
import { formatTime } from '../../components/time';
import { useLatestSearch } from '../../components/useLatestSearch';

interface Props {
  value: string;
  onChange(name: string): void;
  onPick(person: VisitorPersonRow): void;
  /** The returning visitor the form is filled from, if any: no suggestions while the name is theirs. */
  linked: VisitorPersonRow | null;
  onUnlink(): void;
  error?: string;
}

/** Digits are phone or ID tails and need three to mean anything; a name or pinyin needs two. */
export function wantsSuggestions(raw: string): boolean {
  const q = raw.trim();
  return /^\d+$/.test(q) ? q.length >= 3 : q.length >= 2;
}

const fetchPeople = (q: string, signal: AbortSignal): Promise<VisitorPersonRow[]> =>
  wantsSuggestions(q) ? invoke('visitors.people.search', { q: q.trim(), limit: 8 }, { signal }) : Promise.resolve([]);

/**
 * The name field, which is also the way back to a returning visitor: what is typed (name, pinyin initials, phone or
 * ID tail) lists earlier visitors under the field; a click, or ArrowDown then Enter, fills the form from one.
 */
export function ReturningVisitorField({ value, onChange, onPick, linked, onUnlink, error }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const noteId = `${id}-note`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useLatestSearch<string, VisitorPersonRow[]>(fetchPeople);
  const { run } = search;

  useEffect(() => {
    if (!linked) run(value);
  }, [value, linked, run]);

  const choices = !linked && wantsSuggestions(value) ? (search.result ?? []) : [];
  const showList = open && choices.length > 0;

  const pick = (p: VisitorPersonRow) => {
    setOpen(false);
    setActive(-1);
    onPick(p);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && choices.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, choices.length - 1));
    } else if (e.key === 'ArrowUp' && showList) {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && showList && active >= 0 && choices[active]) {
      // Enter on a highlighted suggestion picks it; otherwise Enter submits the form as usual.
      e.preventDefault();
      pick(choices[active]);
    } else if (e.key === 'Escape' && showList) {
      e.preventDefault();
      setOpen(false);
    }
  };

  const describedBy = error || linked ? noteId : undefined;

  return (
    <div className={error ? 'field field-invalid visit-name-field' : 'field visit-name-field'}>
      <label className="field-label" htmlFor={id}>
        {t('visitorsUi.checkIn.name')}
      </label>
      <input
        id={id}
        name="name"
        autoFocus
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        placeholder={t('visitorsUi.checkIn.namePlaceholder')}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      {error ? (
        <span className="field-error" id={noteId} role="alert">
          {error}
        </span>
      ) : linked ? (
        <span className="visit-linked" id={noteId}>
          {t('visitorsUi.checkIn.linked', { count: linked.visitCount, at: formatTime(linked.lastSeenAt) })}
          <button type="button" className="link" onClick={onUnlink}>
            {t('visitorsUi.checkIn.unlink')}
          </button>
        </span>
      ) : null}
      <ul className="suggestions visit-people" role="listbox" id={listId} aria-label={t('visitorsUi.checkIn.suggestions')} hidden={!showList}>
        {choices.map((p, i) => (
          <li
            key={p.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'visit-person visit-person-active' : 'visit-person'}
            // Keep focus in the field so the blur does not close the list before the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(p)}
          >
            <span className="visit-person-main">
              <strong>{p.name}</strong>
              {p.company ? <span>{p.company}</span> : null}
              <span className="muted">{p.idNumberMasked}</span>
              {p.phone ? <span className="muted">{p.phone}</span> : null}
            </span>
            <span className="visit-person-meta muted">
              {p.lastUnitLabel ? `${p.lastUnitLabel}${p.lastHostName ? ` ${p.lastHostName}` : ''} · ` : ''}
              {t('visitorsUi.checkIn.visitCount', { count: p.visitCount })} · {t('visitorsUi.checkIn.lastSeen', { at: formatTime(p.lastSeenAt) })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
