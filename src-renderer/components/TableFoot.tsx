import { useTranslation } from 'react-i18next';

/** Under a paged list: how many rows are shown, and the button for the next page while there is one. */
export function TableFoot({ countLabel, hasMore, onMore }: { countLabel: string; hasMore: boolean; onMore(): void }) {
  const { t } = useTranslation();
  return (
    <div className="table-foot">
      <span className="muted">{countLabel}</span>
      {hasMore ? (
        <button type="button" onClick={onMore}>
          {t('app.loadMore')}
        </button>
      ) : null}
    </div>
  );
}
