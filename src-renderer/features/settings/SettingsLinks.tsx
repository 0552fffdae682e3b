import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { canCall } from '../../app/access';
import { NAV } from '../../app/nav';
import { useRoles } from '../../stores/session';

/** Pages that hold a module's own settings (categories, shelves, storage places…), found in the navigation itself. */
const isSettingsPage = (path: string) => /\/(settings|categories|buildings)$/.test(path) || ['/users', '/backups', '/registers'].includes(path);

/** 各模块设置: links to each module's settings page the caller may open. */
export function SettingsLinks() {
  const { t } = useTranslation();
  const roles = useRoles();
  const links = NAV.filter((n) => n.path !== '/settings' && isSettingsPage(n.path) && canCall(n.channel, roles));
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="settings-links">
      <h2 id="settings-links">{t('settingsUi.links.title')}</h2>
      <p className="field-hint">{t('settingsUi.links.hint')}</p>
      <ul>
        {links.map((n) => (
          <li key={n.path}>
            <Link to={n.path}>{t(n.label)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
