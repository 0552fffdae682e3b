import { NavLink, Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useSession } from '../stores/session';
import { canCall } from './access';
import { NAV } from './nav';
import { useIdleLock } from './useIdleLock';

export function Layout() {
  const { t } = useTranslation();
  const { orgName, user, lockNow, logout } = useSession();
  useIdleLock();
  const roles = user?.roles ?? [];

  return (
    <div className="shell">
      <header className="topbar no-print">
        <div className="topbar-org">
          <strong>{orgName}</strong>
          <span className="muted">{t('app.name')}</span>
        </div>
        <div className="topbar-user">
          <span className="user-name">{user?.displayName}</span>
          <span className="user-roles">{roles.map((r) => t(`roles.${r}`)).join(t('app.listSep'))}</span>
          <LanguageSwitch />
          <button type="button" onClick={() => void lockNow()}>
            {t('auth.lock')}
          </button>
          <button type="button" onClick={() => void logout()}>
            {t('auth.logout')}
          </button>
        </div>
      </header>
      <nav className="sidenav no-print" aria-label={t('app.navigation')}>
        <NavLink to="/" end>
          {t('nav.home')}
        </NavLink>
        {NAV.filter((n) => canCall(n.channel, roles)).map((n) => (
          <NavLink key={n.path} to={n.path} end>
            {t(n.label)}
          </NavLink>
        ))}
      </nav>
      <main className="content">
        <Outlet />
      </main>
    </div>
  );
}
