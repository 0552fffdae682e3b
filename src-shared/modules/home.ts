import { z } from 'zod';
import { ch } from '../contract-kit';
import { STAFF } from '../roles';

/**
 * The home screen's live counts: what is open at the desk right now. Each number is answered only to a caller who may
 * open the list behind it (the list channel's own `access`), so the home screen never tells more than the lists do.
 */
export const HOME_COUNT_KEYS = [
  'visitorsOnSite',
  'parcelsWaiting',
  'parcelsOverdue',
  'lettersDueToday',
  'keysOut',
  'keysOverdue',
  'courtesyOut',
  'courtesyOverdue',
  'foundInCustody',
  'foundExpiringSoon',
  'foundExpired',
  'foundAlerts',
  'archiveApprovals',
  'archiveLoansOverdue',
  'handoverPending',
] as const;
export type HomeCountKey = (typeof HOME_COUNT_KEYS)[number];

/** Found items whose keeping period ends within this many days count as "expiring soon" (001 §4.10.3: 3 months). */
export const FOUND_EXPIRING_DAYS = 7;

export interface HomeCounts {
  /** When the counts were taken. */
  at: string;
  /** Only the counts the caller may see; a missing key means "not yours to see", never zero. */
  counts: Partial<Record<HomeCountKey, number>>;
  /** The mail module's setting: a parcel waiting longer than this many days is overdue (null when not shown). */
  parcelAgingDays: number | null;
  expiringDays: number;
}

export const homeChannels = {
  'home.counts': ch<HomeCounts>()({ input: z.object({}).strict(), access: STAFF, mutates: false }),
};
