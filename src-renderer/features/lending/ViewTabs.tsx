import { useTranslation } from 'react-i18next';

interface Props<V extends string> {
  views: readonly V[];
  value: NoInfer<V>;
  onChange(view: NoInfer<V>): void;
  /** i18n prefix of the tab names (`lendingUi.loans.views`). */
  prefix: string;
  label: string;
}

/** Which part of a list to look at: what is still out first, everything last. */
export function ViewTabs<V extends string>({ views, value, onChange, prefix, label }: Props<V>) {
  const { t } = useTranslation();
  return (
    <div className="lend-views" role="tablist" aria-label={label}>
      {views.map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          aria-selected={v === value}
          className={v === value ? 'lend-view lend-view-on' : 'lend-view'}
          onClick={() => onChange(v)}
        >
          {t(`${prefix}.${v}`)}
        </button>
      ))}
    </div>
  );
}
