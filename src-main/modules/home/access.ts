import { contract, isChannel } from '../../../src-shared/contract';
import type { Role } from '../../../src-shared/roles';

/**
 * Main's own reading of the dispatcher's role check, straight from the contract: a count is answered only to a caller
 * who may open the list behind it. A channel not (yet) in the contract opens nothing, so its count is left out.
 */
export function mayCall(channel: string, roles: readonly Role[]): boolean {
  if (!isChannel(channel)) return false;
  const access = contract[channel].access;
  if (access === 'public' || access === 'any') return true;
  return access.some((r) => roles.includes(r));
}
