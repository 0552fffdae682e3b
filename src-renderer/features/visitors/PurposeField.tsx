import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

interface Props {
  value: string;
  onChange(value: string): void;
  /** The desk's configured list; anything else may be typed. */
  purposes: string[];
  error?: string;
}

/** 事由: the configured purposes as suggestions and one-click chips, free text for the rest. */
export function PurposeField({ value, onChange, purposes, error }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  return (
    <>
      <Field label={t('visitorsUi.checkIn.purpose')} error={error}>
        <input
          name="purpose"
          list={listId}
          autoComplete="off"
          placeholder={t('visitorsUi.checkIn.purposePlaceholder')}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      </Field>
      <datalist id={listId}>
        {purposes.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      {purposes.length > 0 ? (
        <div className="visit-chips">
          {purposes.map((p) => (
            // Out of the tab order: the keyboard has the datalist, the mouse gets one click.
            <button key={p} type="button" tabIndex={-1} className={value === p ? 'visit-chip visit-chip-on' : 'visit-chip'} onClick={() => onChange(p)}>
              {p}
            </button>
          ))}
        </div>
      ) : null}
    </>
  );
}
