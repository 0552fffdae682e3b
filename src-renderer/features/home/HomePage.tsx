import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { canCall } from '../../app/access';
import { NAV } from '../../app/nav';
import { useSession } from '../../stores/session';
import { BackupStatusTile } from '../backups/BackupStatusTile';
import { ON_SITE_PATH, OnSiteCount } from '../visitors/OnSiteCount';
import { CountTiles } from './CountTiles';
import { useHomeCounts } from './useHomeCounts';

export function HomePage() {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const roles = user?.roles ?? [];
  const { data, reload } = useHomeCounts(canCall('home.counts', roles));
  // The on-site tile with its live count stands in for the plain link to the same page.
  const items = NAV.filter((n) => canCall(n.channel, roles) && n.path !== ON_SITE_PATH);
  return (
    <div className="page">
      <h1>{t('home.welcome', { name: user?.displayName ?? '' })}</h1>
      <p className="muted">{t('home.roles', { roles: roles.map((r) => t(`roles.${r}`)).join(t('app.listSep')) })}</p>
      <p>{t('home.intro')}</p>
      {canCall('backups.status', roles) ? <BackupStatusTile /> : null}
      {data ? <CountTiles data={data} onRefresh={() => void reload()} leading={<OnSiteCount />} /> : null}
      <div className="tiles">
        {data ? null : <OnSiteCount />}
        {items.map((n) => (
          <Link key={n.path} to={n.path} className="tile">
            {t(n.label)}
          </Link>
        ))}
      </div>
    </div>
  );
}
