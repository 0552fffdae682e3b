import type { Channel } from '../../src-shared/contract';

export interface NavItem {
  path: string;
  /** i18n key of the label. */
  label: string;
  /** The channel the page cannot work without; its contract `access` decides who sees the entry. */
  channel: Channel;
}

export const NAV: readonly NavItem[] = [
  { path: '/visitors', label: 'nav.visitors', channel: 'visitors.checkIn' },
  { path: '/visitors/onsite', label: 'nav.onSite', channel: 'visitors.onSite' },
  { path: '/visitors/history', label: 'nav.visitHistory', channel: 'visitors.search' },
  { path: '/visitors/blocklist', label: 'nav.blocklist', channel: 'visitors.blocklist.list' },
  { path: '/mail', label: 'nav.mailSignIn', channel: 'mail.parcels.signIn' },
  { path: '/mail/pickup', label: 'nav.mailPickup', channel: 'mail.pickup' },
  { path: '/mail/letters', label: 'nav.mailLetters', channel: 'mail.letters.register' },
  { path: '/mail/items', label: 'nav.mailItems', channel: 'mail.items.search' },
  { path: '/mail/calls', label: 'nav.mailCalls', channel: 'mail.callList' },
  { path: '/mail/settings', label: 'nav.mailSettings', channel: 'mail.shelves.list' },
  { path: '/keys/loans', label: 'nav.keyLoans', channel: 'keys.loans.open' },
  { path: '/keys', label: 'nav.keys', channel: 'keys.search' },
  { path: '/keys/statistics', label: 'nav.keyStatistics', channel: 'keys.statistics' },
  { path: '/keys/deposits', label: 'nav.keyDeposits', channel: 'keys.deposits.list' },
  { path: '/keys/categories', label: 'nav.keyCategories', channel: 'keys.categories.save' },
  { path: '/lending', label: 'nav.courtesy', channel: 'lending.loans' },
  { path: '/lending/storage', label: 'nav.storage', channel: 'lending.storage.list' },
  { path: '/lending/settings', label: 'nav.lendingSettings', channel: 'lending.settings.update' },
  { path: '/lostfound', label: 'nav.lostfound', channel: 'lostfound.search' },
  { path: '/lostfound/reports', label: 'nav.lostReports', channel: 'lostfound.reports.list' },
  { path: '/lostfound/expired', label: 'nav.lostExpired', channel: 'lostfound.expired' },
  { path: '/lostfound/alerts', label: 'nav.lostAlerts', channel: 'lostfound.alerts.list' },
  { path: '/lostfound/settings', label: 'nav.lostSettings', channel: 'lostfound.settings.update' },
  { path: '/archive', label: 'nav.archive', channel: 'archive.documents.search' },
  { path: '/archive/storage', label: 'nav.archiveStorage', channel: 'archive.cabinets.list' },
  { path: '/archive/borrowing', label: 'nav.borrowing', channel: 'borrowing.list' },
  { path: '/archive/control/distribution', label: 'nav.docControl', channel: 'doccontrol.distributions.list' },
  { path: '/archive/control/retention', label: 'nav.docRetention', channel: 'doccontrol.retention' },
  { path: '/passes', label: 'nav.passes', channel: 'passes.list' },
  { path: '/releases', label: 'nav.releases', channel: 'releases.list' },
  { path: '/directory', label: 'nav.directory', channel: 'directory.occupants.search' },
  { path: '/directory/buildings', label: 'nav.buildings', channel: 'directory.buildings.save' },
  { path: '/directory/import', label: 'nav.import', channel: 'directory.import.preview' },
  { path: '/users', label: 'nav.users', channel: 'users.list' },
  { path: '/audit', label: 'nav.audit', channel: 'audit.list' },
  { path: '/registers', label: 'nav.registerCentre', channel: 'registers.xlsx' },
  { path: '/backups', label: 'nav.backups', channel: 'backups.list' },
  { path: '/settings', label: 'nav.settings', channel: 'settings.update' },
  { path: '/handover', label: 'nav.handover', channel: 'handover.list' },
];
