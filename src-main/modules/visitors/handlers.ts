import { DeskError } from '../../../src-shared/errors';
import type { ModuleHandlers } from '../../ipc/handler';

const todo = async (): Promise<never> => {
  throw new DeskError('INTERNAL');
};

export const visitorsHandlers: ModuleHandlers<'visitors'> = {
  'visitors.checkIn': todo,
  'visitors.checkInByPass': todo,
  'visitors.checkOut': todo,
  'visitors.autoCheckOut': todo,
  'visitors.onSite': todo,
  'visitors.get': todo,
  'visitors.search': todo,
  'visitors.people.search': todo,
  'visitors.slip': todo,
  'visitors.revealId': todo,
  'visitors.blocklist.list': todo,
  'visitors.blocklist.save': todo,
  'visitors.blocklist.remove': todo,
  'visitors.purge': todo,
  'visitors.settings.get': todo,
  'visitors.settings.update': todo,
  'visitors.evacuation.register': todo,
  'visitors.register': todo,
};
