import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ItemDraft {
  /** Stable React key: rows are removed from the middle. */
  key: number;
  name: string;
  quantity: string;
  unit: string;
}

/** The contract's limit per slip. */
export const MAX_ITEMS = 50;

interface Props {
  items: ItemDraft[];
  onChange(items: ItemDraft[]): void;
  onAdd(): void;
  /** Main's field errors, keyed `items`, `items.0.name`… */
  errors: Record<string, string>;
}

export const itemFieldKeys = (count: number): string[] =>
  ['items', ...Array.from({ length: count }, (_, i) => [`items.${i}.name`, `items.${i}.quantity`, `items.${i}.unit`]).flat()];

/** Rows of name, quantity and unit; at least one row always stays. */
export function ItemsEditor({ items, onChange, onAdd, errors }: Props) {
  const { t } = useTranslation();
  const unitsId = useId();
  const update = (key: number, patch: Partial<ItemDraft>) => onChange(items.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const invalid = (field: string) => (errors[field] ? true : undefined);

  return (
    <fieldset className="field release-items-editor">
      <legend className="field-label">{t('releasesUi.items.legend')}</legend>
      <div className="release-item-row release-item-head" aria-hidden="true">
        <span>{t('releasesUi.items.name')}</span>
        <span>{t('releasesUi.items.quantity')}</span>
        <span>{t('releasesUi.items.unit')}</span>
        <span />
      </div>
      {items.map((item, i) => {
        const n = i + 1;
        const rowErrors = [`items.${i}.name`, `items.${i}.quantity`, `items.${i}.unit`].map((f) => errors[f]).filter(Boolean);
        return (
          <div key={item.key} className="release-item">
            <div className="release-item-row">
              <input
                aria-label={t('releasesUi.items.rowName', { n })}
                aria-invalid={invalid(`items.${i}.name`)}
                maxLength={40}
                value={item.name}
                onChange={(e) => update(item.key, { name: e.target.value })}
              />
              <input
                aria-label={t('releasesUi.items.rowQuantity', { n })}
                aria-invalid={invalid(`items.${i}.quantity`)}
                type="number"
                inputMode="numeric"
                min={1}
                max={9999}
                step={1}
                value={item.quantity}
                onChange={(e) => update(item.key, { quantity: e.target.value })}
              />
              <input
                aria-label={t('releasesUi.items.rowUnit', { n })}
                aria-invalid={invalid(`items.${i}.unit`)}
                list={unitsId}
                maxLength={6}
                value={item.unit}
                onChange={(e) => update(item.key, { unit: e.target.value })}
              />
              <button
                type="button"
                className="link danger"
                aria-label={t('releasesUi.items.removeRow', { n })}
                disabled={items.length === 1}
                onClick={() => onChange(items.filter((x) => x.key !== item.key))}
              >
                {t('releasesUi.items.remove')}
              </button>
            </div>
            {rowErrors.length > 0 ? (
              <span className="field-error" role="alert">
                {rowErrors.join(t('app.detailsSep'))}
              </span>
            ) : null}
          </div>
        );
      })}
      {errors.items ? (
        <span className="field-error" role="alert">
          {errors.items}
        </span>
      ) : null}
      <div>
        <button type="button" onClick={onAdd} disabled={items.length >= MAX_ITEMS}>
          {t('releasesUi.items.add')}
        </button>
      </div>
      <datalist id={unitsId}>
        {t('releasesUi.items.unitChoices')
          .split(' ')
          .map((u) => (
            <option key={u} value={u} />
          ))}
      </datalist>
    </fieldset>
  );
}
