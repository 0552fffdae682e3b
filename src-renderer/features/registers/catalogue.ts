import { REGISTER_CHANNELS } from '../../../src-shared/modules/registers';
import type { Role } from '../../../src-shared/roles';
import { canCall } from '../../app/access';
import { describeRegister, type RegisterEntry } from './describe';

export { describeRegister, registerParams, type RegisterEntry } from './describe';

/** The registers the caller's roles may read, grouped by module in the order of REGISTER_CHANNELS. */
export function registerGroups(roles: readonly Role[]): { module: string; entries: RegisterEntry[] }[] {
  const groups = new Map<string, RegisterEntry[]>();
  for (const channel of REGISTER_CHANNELS) {
    if (!canCall(channel, roles)) continue;
    const entry = describeRegister(channel);
    groups.set(entry.module, [...(groups.get(entry.module) ?? []), entry]);
  }
  return [...groups].map(([module, entries]) => ({ module, entries }));
}
