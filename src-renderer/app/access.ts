import { contract, type Channel } from '../../src-shared/contract';
import type { Role } from '../../src-shared/roles';
import { useRoles } from '../stores/session';

/** Mirrors main's check from the contract itself, so the UI never keeps a second list of who may do what. */
export function canCall(channel: Channel, roles: readonly Role[]): boolean {
  const access = contract[channel].access;
  if (access === 'public' || access === 'any') return true;
  return access.some((r) => roles.includes(r));
}

export function useCan(channel: Channel): boolean {
  return canCall(channel, useRoles());
}
