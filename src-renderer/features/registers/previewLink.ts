import type { RegisterChannel } from '../../../src-shared/modules/registers';

/** The in-app preview route of a register with its channel's params. */
export function previewLink(channel: RegisterChannel, params: Record<string, unknown>): string {
  const search = new URLSearchParams({ channel, params: JSON.stringify(params) });
  return `/registers/preview?${search.toString()}`;
}
