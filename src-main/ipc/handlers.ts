import { archiveHandlers } from '../modules/archive/handlers';
import { auditHandlers } from '../modules/audit/handlers';
import { authHandlers } from '../modules/auth/handlers';
import { backupsHandlers } from '../modules/backups/handlers';
import { borrowingHandlers } from '../modules/borrowing/handlers';
import { directoryHandlers } from '../modules/directory/handlers';
import { doccontrolHandlers } from '../modules/doccontrol/handlers';
import { handoverHandlers } from '../modules/handover/handlers';
import { homeHandlers } from '../modules/home/handlers';
import { keysHandlers } from '../modules/keys/handlers';
import { lendingHandlers } from '../modules/lending/handlers';
import { lostfoundHandlers } from '../modules/lostfound/handlers';
import { mailHandlers } from '../modules/mail/handlers';
import { passesHandlers } from '../modules/passes/handlers';
import { registersHandlers } from '../modules/registers/handlers';
import { releasesHandlers } from '../modules/releases/handlers';
import { settingsHandlers } from '../modules/settings/handlers';
import { usersHandlers } from '../modules/users/handlers';
import { visitorsHandlers } from '../modules/visitors/handlers';
import type { HandlerMap } from './handler';

/** Every channel's handler; the type makes a channel without a handler a compile error. */
export const handlers: HandlerMap = {
  ...authHandlers,
  ...usersHandlers,
  ...auditHandlers,
  ...settingsHandlers,
  ...directoryHandlers,
  ...passesHandlers,
  ...releasesHandlers,
  ...visitorsHandlers,
  ...mailHandlers,
  ...keysHandlers,
  ...lendingHandlers,
  ...lostfoundHandlers,
  ...archiveHandlers,
  ...borrowingHandlers,
  ...doccontrolHandlers,
  ...homeHandlers,
  ...handoverHandlers,
  ...backupsHandlers,
  ...registersHandlers(() => handlers),
};
