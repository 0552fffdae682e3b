import type { Key, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The error line of a picker; its id is what the search box's `aria-describedby` points at. */
export function PickerError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <span className="field-error" id={`${id}-error`} role="alert">
      {error}
    </span>
  ) : null;
}

/** A single picker once it holds a value: the choice under the label, and a link back to the search box. */
export function PickedValue({ id, label, error, testId, onChange, children }: { id: string; label: string; error?: string; testId: string; onChange(): void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <div className="picked-value" aria-labelledby={`${id}-label`} data-testid={testId}>
        <strong>{children}</strong>
        <button type="button" className="link" onClick={onChange}>
          {t('picker.change')}
        </button>
      </div>
      <PickerError id={id} error={error} />
    </div>
  );
}

interface InputProps {
  id: string;
  value: string;
  placeholder: string;
  error?: string;
  autoFocus?: boolean;
  onChange(value: string): void;
  /** Enter picks rather than submitting the form around the picker. */
  onEnter(): void;
}

export function PickerInput({ id, value, placeholder, error, autoFocus, onChange, onEnter }: InputProps) {
  return (
    <input
      id={id}
      type="search"
      autoFocus={autoFocus}
      autoComplete="off"
      value={value}
      placeholder={placeholder}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        onEnter();
      }}
    />
  );
}

interface SuggestionsProps<T> {
  label: string;
  /** The options alone decide `T`: a handler may take more (a setter that also clears) or less (a pick's id and name). */
  items: readonly T[];
  keyOf(item: NoInfer<T>): Key;
  /** Shown in place of the options when there are none; without it an empty list stays empty. */
  none?: string;
  onPick(item: NoInfer<T>): void;
  children(item: NoInfer<T>): ReactNode;
}

/** The options under a picker's search box, each a button so a click or Enter on it picks it. */
export function Suggestions<T>({ label, items, keyOf, none, onPick, children }: SuggestionsProps<T>) {
  return (
    <ul className="suggestions" role="listbox" aria-label={label}>
      {none !== undefined && items.length === 0 ? <li className="muted">{none}</li> : null}
      {items.map((item) => (
        <li key={keyOf(item)} role="option" aria-selected={false}>
          <button type="button" className="suggestion" onClick={() => onPick(item)}>
            {children(item)}
          </button>
        </li>
      ))}
    </ul>
  );
}
