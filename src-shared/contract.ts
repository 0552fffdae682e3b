import { archiveChannels } from './modules/archive';
import { auditChannels } from './modules/audit';
import { authChannels } from './modules/auth';
import { backupsChannels } from './modules/backups';
import { borrowingChannels } from './modules/borrowing';
import { directoryChannels } from './modules/directory';
import { doccontrolChannels } from './modules/doccontrol';
import { handoverChannels } from './modules/handover';
import { homeChannels } from './modules/home';
import { keysChannels } from './modules/keys';
import { lendingChannels } from './modules/lending';
import { lostfoundChannels } from './modules/lostfound';
import { mailChannels } from './modules/mail';
import { passesChannels } from './modules/passes';
import { registersChannels } from './modules/registers';
import { releasesChannels } from './modules/releases';
import { settingsChannels } from './modules/settings';
import { usersChannels } from './modules/users';
import { visitorsChannels } from './modules/visitors';
import type { AnyChannel } from './contract-kit';

/** The one channel map. No channel exists anywhere else. */
export const contract = {
  ...authChannels,
  ...usersChannels,
  ...auditChannels,
  ...settingsChannels,
  ...directoryChannels,
  ...passesChannels,
  ...releasesChannels,
  ...visitorsChannels,
  ...mailChannels,
  ...keysChannels,
  ...lendingChannels,
  ...lostfoundChannels,
  ...archiveChannels,
  ...borrowingChannels,
  ...doccontrolChannels,
  ...homeChannels,
  ...handoverChannels,
  ...backupsChannels,
  ...registersChannels,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export const channelDef = (name: Channel): AnyChannel => contract[name] as AnyChannel;
