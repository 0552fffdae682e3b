import type { Channel } from '../../src-shared/contract';

export interface NavItem {
  path: string;
  /** i18n key of the label. */
  label: string;
  /** The channel the page cannot work without; its contract `access` decides who sees the entry. */
  channel: Channel;
}

export const NAV: readonly NavItem[] = [
  { path: '/directory', label: 'nav.directory', channel: 'directory.occupants.search' },
  { path: '/directory/buildings', label: 'nav.buildings', channel: 'directory.buildings.save' },
  { path: '/directory/import', label: 'nav.import', channel: 'directory.import.preview' },
  { path: '/users', label: 'nav.users', channel: 'users.list' },
  { path: '/audit', label: 'nav.audit', channel: 'audit.list' },
  { path: '/settings', label: 'nav.settings', channel: 'settings.update' },
];
