import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { HomeCountKey, HomeCounts } from '../../../src-shared/modules/home';
import { formatTime } from '../../components/time';
import './home.css';

/**
 * Where each count's list lives. The visitors on site have their own richer tile (batches and people), so they are
 * not repeated here. A count whose list has no page yet is shown without a link.
 */
const TILES: { key: Exclude<HomeCountKey, 'visitorsOnSite'>; path: string | null; alarm?: boolean }[] = [
  { key: 'handoverPending', path: '/handover', alarm: true },
  { key: 'parcelsWaiting', path: '/mail/items' },
  { key: 'parcelsOverdue', path: '/mail/calls', alarm: true },
  { key: 'lettersDueToday', path: '/mail/letters' },
  { key: 'keysOut', path: '/keys/loans' },
  { key: 'keysOverdue', path: '/keys/loans', alarm: true },
  { key: 'courtesyOut', path: '/lending' },
  { key: 'courtesyOverdue', path: '/lending', alarm: true },
  { key: 'foundInCustody', path: '/lostfound' },
  { key: 'foundExpiringSoon', path: '/lostfound' },
  { key: 'foundExpired', path: '/lostfound/expired', alarm: true },
  { key: 'foundAlerts', path: '/lostfound/alerts', alarm: true },
  { key: 'archiveApprovals', path: '/archive/borrowing?view=mine', alarm: true },
  { key: 'archiveLoansOverdue', path: '/archive/borrowing?view=overdue', alarm: true },
];

/** `leading`: the visitors' own on-site tile, first in the row. */
export function CountTiles({ data, onRefresh, leading }: { data: HomeCounts; onRefresh(): void; leading?: ReactNode }) {
  const { t } = useTranslation();
  const days = { days: data.parcelAgingDays ?? 0 };
  const shown = TILES.filter((tile) => data.counts[tile.key] !== undefined);
  if (!shown.length && !leading) return null;
  return (
    <section className="home-counts" aria-label={t('homeUi.countsTitle')}>
      <div className="home-counts-head">
        <h2>{t('homeUi.countsTitle')}</h2>
        <span className="muted">{t('homeUi.updated', { at: formatTime(data.at) })}</span>
        <button type="button" onClick={onRefresh}>
          {t('homeUi.refresh')}
        </button>
      </div>
      <div className="tiles">
        {leading}
        {shown.map(({ key, path, alarm }) => {
          const value = data.counts[key] ?? 0;
          const label = t(`homeUi.tile.${key}`, key === 'foundExpiringSoon' ? { days: data.expiringDays } : days);
          const cls = `tile count-tile${alarm && value > 0 ? ' count-tile-alarm' : ''}`;
          const body = (
            <>
              <span>{label}</span>
              <strong className="count-tile-value">{value}</strong>
            </>
          );
          return path ? (
            <Link key={key} to={path} className={cls} data-testid={`count-${key}`}>
              {body}
            </Link>
          ) : (
            <div key={key} className={cls} data-testid={`count-${key}`}>
              {body}
            </div>
          );
        })}
      </div>
    </section>
  );
}
