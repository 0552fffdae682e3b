import { useTranslation } from 'react-i18next';
import type { LfMatch } from '../../../src-shared/modules/lostfound';
import { formatTime } from '../../components/time';

/** Matches either way: an item's possible lost reports, or a report's possible items; best first, with the reasons. */
export function MatchList({ matches, empty, onItem }: { matches: LfMatch[]; empty: string; onItem?(id: number): void }) {
  const { t } = useTranslation();
  if (matches.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="lf-matches" data-testid="lf-matches">
      {matches.map((m) => (
        <li key={m.item ? `i${m.item.id}` : `r${m.report?.id ?? 0}`} data-testid="lf-match">
          {m.report ? (
            <span>
              <span className="lf-mono">{m.report.reportNo}</span> {m.report.itemName}（{m.report.categoryName}），{m.report.reporterName} {m.report.reporterPhone}，
              {m.report.lostDate} {m.report.lostPlace}
            </span>
          ) : null}
          {m.item ? (
            <span>
              <span className="lf-mono">{m.item.itemNo}</span> {m.item.name}（{m.item.categoryName}），{formatTime(m.item.foundAt)} {m.item.foundPlace}
              {onItem ? (
                <>
                  {' '}
                  <button type="button" className="link" onClick={() => m.item && onItem(m.item.id)}>
                    {t('lostfoundUi.list.open')}
                  </button>
                </>
              ) : null}
            </span>
          ) : null}
          <div className="muted lf-note">
            {t('lostfoundUi.reports.score', { score: m.score })} · {m.reasons.join('；')}
          </div>
        </li>
      ))}
    </ul>
  );
}
