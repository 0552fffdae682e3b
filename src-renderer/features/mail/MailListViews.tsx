import { useTranslation } from 'react-i18next';

export const VIEWS = ['open', 'unmatched', 'overdue', 'exceptions', 'all'] as const;
export type View = (typeof VIEWS)[number];

/** Which part of the records to look at: what is on hand first, the follow-ups next, everything last. */
export function MailListViews({ value, onChange }: { value: View; onChange(view: View): void }) {
  const { t } = useTranslation();
  return (
    <div className="mlist-views" role="tablist" aria-label={t('mailUi.lists.viewsLabel')}>
      {VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          aria-selected={v === value}
          className={v === value ? 'mlist-view mlist-view-on' : 'mlist-view'}
          onClick={() => onChange(v)}
        >
          {t(`mailUi.lists.views.${v}`)}
        </button>
      ))}
    </div>
  );
}
