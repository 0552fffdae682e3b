import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../src-shared/contract';
import { useCan } from '../../app/access';

const TABS: { path: string; key: string; channel: Channel }[] = [
  { path: '/archive/control/printing', key: 'printing', channel: 'doccontrol.printings.list' },
  { path: '/archive/control/distribution', key: 'distribution', channel: 'doccontrol.distributions.list' },
  { path: '/archive/control/copies', key: 'copies', channel: 'doccontrol.copyRequests.list' },
  { path: '/archive/control/reissues', key: 'reissues', channel: 'doccontrol.reissues.list' },
  { path: '/archive/control/voids', key: 'voids', channel: 'doccontrol.voids.list' },
  { path: '/archive/control/retention', key: 'retention', channel: 'doccontrol.retention' },
];

function Tab({ path, label, channel }: { path: string; label: string; channel: Channel }) {
  return useCan(channel) ? (
    <NavLink to={path} className={({ isActive }) => (isActive ? 'lend-view lend-view-on' : 'lend-view')}>
      {label}
    </NavLink>
  ) : null;
}

/** The document-control forms side by side, as the office works through them. */
export function DcNav() {
  const { t } = useTranslation();
  return (
    <nav className="lend-views dc-nav" aria-label={t('nav.docControl')}>
      {TABS.map((tab) => (
        <Tab key={tab.key} path={tab.path} channel={tab.channel} label={t(`doccontrolUi.tabs.${tab.key}`)} />
      ))}
    </nav>
  );
}
