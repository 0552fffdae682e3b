import { z } from 'zod';
import { ch } from '../contract-kit';
import { id, phone, requiredText, text } from '../rules/text';
import { ID_DOC_TYPES, type IdDocType } from '../rules/id-doc';
import type { RegisterData } from './registers';

export { ID_DOC_TYPES, type IdDocType };

/** Regular service people who get an access pass (002 item 48). */
export const PASS_CATEGORIES = ['milk', 'newspaper', 'post', 'courier', 'construction', 'other'] as const;
export type PassCategory = (typeof PASS_CATEGORIES)[number];

export type PassStatus = 'valid' | 'not_yet_valid' | 'expired' | 'revoked';

export interface PassRow {
  id: number;
  number: string;
  holderName: string;
  idType: IdDocType;
  /** Always masked (1101**********1234). */
  idNumberMasked: string;
  phone: string;
  company: string;
  category: PassCategory;
  validFrom: string;
  validTo: string;
  /** Empty when the pass is good for every building. */
  buildings: { id: number; name: string }[];
  allBuildings: boolean;
  hasPhoto: boolean;
  remarks: string;
  status: PassStatus;
  issuedAt: string;
  issuedByName: string;
  revokedAt: string | null;
  revokedByName: string | null;
  revokeReason: string | null;
  entryCount: number;
}

export interface PassEntryRow {
  id: number;
  passId: number;
  number: string;
  holderName: string;
  company: string;
  buildingName: string | null;
  at: string;
  receptionistName: string;
}

/** What a printed pass card shows; every text already formatted and the ID masked. */
export interface PassCard {
  orgName: string;
  title: string;
  number: string;
  holderName: string;
  idTypeLabel: string;
  idNumberMasked: string;
  company: string;
  categoryLabel: string;
  phone: string;
  validPeriod: string;
  scopeLabel: string;
  /** `data:image/png;base64,…` or null. */
  photoDataUrl: string | null;
  issuedAt: string;
  issuedByName: string;
  status: PassStatus;
  statusLabel: string;
}

/** Issue, revoke and scan at the desk; managers oversee. */
export const PASS_DESK = ['receptionist'] as const;
export const PASS_READERS = ['receptionist', 'security_manager', 'general_manager'] as const;
export const PASS_REVOKERS = ['receptionist', 'security_manager', 'general_manager'] as const;

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' });

/** A photo from a file: PNG or JPEG (checked by its magic bytes in main), at most 500 kB. */
export const PHOTO_MAX_BYTES = 500 * 1024;

export const passesChannels = {
  'passes.issue': ch<PassRow>()({
    input: z
      .object({
        holderName: requiredText(40),
        idType: z.enum(ID_DOC_TYPES),
        idNumber: requiredText(40),
        phone,
        company: text(60).default(''),
        category: z.enum(PASS_CATEGORIES),
        validFrom: isoDate,
        validTo: isoDate,
        /** null: every building; otherwise the buildings the holder may enter. */
        buildingIds: z.array(id).min(1).max(200).nullable(),
        photoBase64: z.string().max(Math.ceil((PHOTO_MAX_BYTES * 4) / 3) + 8).optional(),
        remarks: text(200).default(''),
      })
      .strict(),
    access: PASS_DESK,
    mutates: true,
  }),
  'passes.revoke': ch<PassRow>()({
    input: z.object({ id, reason: requiredText(200) }).strict(),
    access: PASS_REVOKERS,
    mutates: true,
  }),
  /** A pass holder's check-in scan: refuses expired, not-yet-valid, revoked or out-of-scope passes; records the entry. */
  'passes.verify': ch<{ pass: PassRow; entry: PassEntryRow }>()({
    input: z.object({ number: requiredText(30), buildingId: id.optional() }).strict(),
    access: PASS_DESK,
    mutates: true,
  }),
  /** Holder name (pinyin too), company, number or phone tail; newest first, paged. */
  'passes.list': ch<{ rows: PassRow[]; nextBefore: number | null }>()({
    input: z
      .object({
        q: text(40).default(''),
        status: z.enum(['all', 'valid', 'not_yet_valid', 'expired', 'revoked']).default('all'),
        limit: z.number().int().min(1).max(200).default(50),
        before: id.optional(),
      })
      .strict(),
    access: PASS_READERS,
    mutates: false,
  }),
  'passes.entries': ch<PassEntryRow[]>()({
    input: z.object({ passId: id.optional(), date: isoDate.optional() }).strict(),
    access: PASS_READERS,
    mutates: false,
  }),
  'passes.card': ch<PassCard>()({ input: z.object({ id }).strict(), access: PASS_READERS, mutates: false }),
  /** The access-pass register: passes issued in the period (all when open), with their state. */
  'passes.register': ch<RegisterData>()({
    input: z.object({ from: isoDate.optional(), to: isoDate.optional() }).strict(),
    access: PASS_READERS,
    mutates: false,
  }),
};
