import { z } from 'zod';
import { ch } from '../contract-kit';

/**
 * What every register channel returns: already formatted (and masked) cells, so the print route, the preview and
 * the .xlsx export show exactly the same thing.
 */
export interface RegisterData {
  orgName: string;
  /** The organisation's logo (data URL) printed beside its name; absent or null when none is set. */
  orgLogo?: string | null;
  title: string;
  /** Form number where the company's rules give one, e.g. QR-WD01-02-04. */
  formNo: string | null;
  periodLabel: string;
  generatedAt: string;
  columns: { key: string; label: string; width: number }[];
  rows: Record<string, string>[];
  /** Wide forms (the visitor register) print on A4 landscape. */
  orientation: 'portrait' | 'landscape';
  /** Signature lines printed under the table, e.g. 起草人 / 审核人 / 审批人. */
  signatures: string[];
  fileStem: string;
}

/**
 * A cell holding a signature (or other small picture) instead of text: the print route shows it as an image and the
 * workbook embeds it, so a register "with the claimant's signature" carries the signature itself.
 */
const IMAGE_CELL = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/;
export const isImageCell = (value: string): boolean => IMAGE_CELL.test(value);

export interface ExportedFile {
  fileName: string;
  mime: string;
  base64: string;
}

/** Channels whose output is a RegisterData; `registers.*` only accept these as targets. */
export const REGISTER_CHANNELS = [
  'directory.register',
  'audit.register',
  'passes.register',
  'releases.register',
  'visitors.register',
  'visitors.evacuation.register',
  'mail.register',
  'mail.batches.handover',
  'mail.returns.handover',
  'keys.statistics.register',
  'keys.loans.register',
  'keys.deposits.register',
  'lending.register',
  'lending.storageRegister',
  'lostfound.register',
  'lostfound.disposalRegister',
  'doccontrol.printingRegister',
  'doccontrol.distributionRegister',
  'doccontrol.copyRegister',
  'doccontrol.reissueRegister',
  'doccontrol.voidRegister',
  'handover.dutyLog',
  'borrowing.register',
  'archive.catalogue',
] as const;
export type RegisterChannel = (typeof REGISTER_CHANNELS)[number];

const target = z
  .object({
    channel: z.enum(REGISTER_CHANNELS),
    params: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

export const registersChannels = {
  /** Renders the register's print route to an A4 PDF (Electron: hidden window; harness: headless Chromium). */
  'registers.pdf': ch<ExportedFile>()({ input: target, access: 'any', mutates: true }),
  /** Sends the register's print route to a printer through the system dialog (Electron only). */
  'registers.print': ch<{ printed: boolean }>()({ input: target, access: 'any', mutates: true }),
  'registers.xlsx': ch<ExportedFile>()({ input: target, access: 'any', mutates: true }),
};
