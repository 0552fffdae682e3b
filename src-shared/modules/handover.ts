import { z } from 'zod';
import { ch } from '../contract-kit';
import { id, requiredText, text } from '../rules/text';
import type { RegisterData } from './registers';

/**
 * Shift handover 交接班 and the duty log 值班日志 (001 §5.6 值班日志填寫規定; the desk's internal handover, 001 §3.8.12;
 * 24-hour desk shifts). The outgoing receptionist reports what is open, the incoming one counts it and confirms with
 * her own credential typed on the spot; a difference is recorded with its note, never smoothed over.
 */
export const HANDOVER_DESK = ['receptionist'] as const;
/** The duty log is read by the managers of the desk's work (customer service, security) and the general manager. */
export const HANDOVER_READERS = ['receptionist', 'service_manager', 'security_manager', 'general_manager'] as const;

/** What is counted at a handover, in this order on screen and on paper. */
export const HANDOVER_ITEMS = ['keys_out', 'parcels_held', 'visitors_on_site', 'found_items'] as const;
export type HandoverItem = (typeof HANDOVER_ITEMS)[number];
export const HANDOVER_ITEM_NAMES: Record<HandoverItem, string> = {
  keys_out: '借出钥匙',
  parcels_held: '待取快递',
  visitors_on_site: '在场访客',
  found_items: '本班拾得物品',
};

export type HandoverStatus = 'submitted' | 'confirmed' | 'withdrawn';

export interface HandoverFigure {
  item: HandoverItem;
  /** The number in the outgoing receptionist's report, taken by the desk at submission. */
  reported: number;
  /** What stood behind it then: key codes and borrowers, visitors and units, found items; a summary for parcels. */
  lines: string[];
  /** What the incoming receptionist counted (null until confirmed). */
  counted: number | null;
  /** Her note on a difference. */
  note: string;
}

export interface HandoverRow {
  id: number;
  /** JB-20261123-001, gap-free per day. */
  handoverNo: string;
  status: HandoverStatus;
  /** Start of the shift: the previous confirmed handover (null for the first one). */
  since: string | null;
  submittedAt: string;
  outgoing: string;
  incoming: string | null;
  confirmedAt: string | null;
  withdrawnAt: string | null;
  note: string;
  /** Open issues handed on, one line each. */
  issues: string[];
  figures: HandoverFigure[];
  /** Confirmed with at least one counted figure different from the report. */
  hasDifferences: boolean;
}

/** The report as it would be submitted now, for the outgoing receptionist to check before submitting. */
export interface HandoverDraft {
  since: string | null;
  figures: HandoverFigure[];
  /** A report already waiting for the incoming receptionist. */
  pending: HandoverRow | null;
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' });
const counted = z.object({ counted: z.number().int().min(0).max(100_000), note: text(200).default('') }).strict();

export const handoverChannels = {
  'handover.draft': ch<HandoverDraft>()({ input: z.object({}).strict(), access: HANDOVER_DESK, mutates: false }),
  /** Submits the report: the figures are taken by the desk itself at this moment; one report waits at a time. */
  'handover.submit': ch<HandoverRow>()({
    input: z.object({ issues: z.array(requiredText(200)).max(20).default([]), note: text(1000).default('') }).strict(),
    access: HANDOVER_DESK,
    mutates: true,
  }),
  /** The outgoing receptionist takes back her unconfirmed report (to submit a corrected one). */
  'handover.withdraw': ch<HandoverRow>()({ input: z.object({ id }).strict(), access: HANDOVER_DESK, mutates: true }),
  /**
   * The incoming receptionist confirms with her own username and password (a receptionist other than the outgoing
   * one) and records what she counted; each difference needs a note.
   */
  'handover.confirm': ch<HandoverRow>()({
    input: z
      .object({
        id,
        incoming: z.object({ username: requiredText(32), password: z.string().min(1).max(128) }).strict(),
        counts: z.object({ keys_out: counted, parcels_held: counted, visitors_on_site: counted, found_items: counted }).strict(),
      })
      .strict(),
    access: HANDOVER_DESK,
    mutates: true,
  }),
  'handover.get': ch<HandoverRow>()({ input: z.object({ id }).strict(), access: HANDOVER_READERS, mutates: false }),
  /** Newest first, paged by id; optionally the handovers submitted on the days from..to. */
  'handover.list': ch<{ rows: HandoverRow[]; nextBefore: number | null }>()({
    input: z
      .object({ from: date.optional(), to: date.optional(), limit: z.number().int().min(1).max(200).default(50), before: id.optional() })
      .strict(),
    access: HANDOVER_READERS,
    mutates: false,
  }),
  /** 值班日志 of one day: every handover submitted that day, with its figures, issues, notes and differences. */
  'handover.dutyLog': ch<RegisterData>()({ input: z.object({ day: date }).strict(), access: HANDOVER_READERS, mutates: false }),
};
