import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/access';
import { useOnSite } from './useOnSite';
import './visitors.css';

interface Props {
  /** `tile` on the home screen, `inline` beside the check-in form. */
  variant?: 'tile' | 'inline';
  /** Bumped by the check-in page after each registration so the count follows at once. */
  refreshKey?: number;
}

/** How many are in the building now, one click from the on-site list. */
export const ON_SITE_PATH = '/visitors/onsite';

export function OnSiteCount({ variant = 'tile', refreshKey = 0 }: Props) {
  const { t } = useTranslation();
  const allowed = useCan('visitors.onSite');
  const { data, reload } = useOnSite(allowed);

  useEffect(() => {
    if (allowed && refreshKey > 0) void reload();
  }, [allowed, refreshKey, reload]);

  if (!allowed) return null;
  const count = data ? t('visitorsUi.onSite.count', { visits: data.total, people: data.people }) : t('app.loading');
  if (variant === 'inline') {
    return (
      <Link to={ON_SITE_PATH} className="visit-count-link" data-testid="onsite-count">
        {count}
      </Link>
    );
  }
  return (
    <Link to={ON_SITE_PATH} className="tile visit-tile">
      <span>{t('visitorsUi.onSite.tile')}</span>
      <strong className="visit-tile-count">{count}</strong>
    </Link>
  );
}
