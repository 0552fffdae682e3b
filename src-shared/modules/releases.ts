import { z } from 'zod';
import { ch } from '../contract-kit';
import { id, phone, requiredText, text } from '../rules/text';
import { ID_DOC_TYPES, isoDate, type IdDocType } from './passes';
import type { OccupantKind } from './directory';
import type { RegisterData } from './registers';

/** How an owner gave consent to a tenant's release slip. */
export const CONSENT_METHODS = ['in_person', 'phone', 'written', 'seal'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export type SlipStatus = 'issued' | 'released' | 'voided';

export interface SlipItem {
  name: string;
  quantity: number;
  unit: string;
}

export interface SlipRow {
  id: number;
  /** FX-20261122-001: a daily serial without gaps; a voided number stays with its reason. */
  number: string;
  status: SlipStatus;
  occupantId: number;
  requesterName: string;
  requesterKind: OccupantKind;
  unitLabel: string;
  ownerConsent: { ownerName: string; method: ConsentMethod; note: string } | null;
  items: SlipItem[];
  carrierName: string;
  carrierIdType: IdDocType;
  /** Always masked. */
  carrierIdMasked: string;
  carrierPhone: string;
  vehiclePlate: string;
  remarks: string;
  issuedAt: string;
  issuedByName: string;
  releasedAt: string | null;
  releasedByName: string | null;
  releaseNote: string | null;
  voidedAt: string | null;
  voidedByName: string | null;
  voidReason: string | null;
}

/** Print data of a slip: the part the carrier takes to the gate and the stub (存根) the desk keeps. */
export interface SlipPrint {
  orgName: string;
  title: string;
  stubTitle: string;
  number: string;
  status: SlipStatus;
  statusLabel: string;
  unitLabel: string;
  requesterLabel: string;
  consentLabel: string;
  items: { no: string; name: string; quantity: string }[];
  carrierName: string;
  carrierIdMasked: string;
  carrierPhone: string;
  vehiclePlate: string;
  remarks: string;
  issuedAt: string;
  issuedByName: string;
  releasedAt: string;
  releasedByName: string;
  signatures: string[];
  stub: { number: string; unitLabel: string; requesterName: string; itemSummary: string; carrierName: string; vehiclePlate: string; issuedAt: string; issuedByName: string };
}

export const RELEASE_DESK = ['receptionist'] as const;
/** Released at the gate by security or the desk. */
export const RELEASE_GATE = ['receptionist', 'security_manager'] as const;
export const RELEASE_READERS = ['receptionist', 'security_manager', 'general_manager'] as const;

const item = z
  .object({
    name: requiredText(40),
    quantity: z.number().int().min(1).max(9999),
    unit: text(6).default('件'),
  })
  .strict();

export const releasesChannels = {
  'releases.issue': ch<SlipRow>()({
    input: z
      .object({
        occupantId: id,
        /** Required when the requester is a tenant; ignored for owners and companies. */
        ownerConsent: z
          .object({ ownerName: requiredText(40), method: z.enum(CONSENT_METHODS), note: text(100).default('') })
          .strict()
          .optional(),
        items: z.array(item).min(1).max(50),
        carrierName: requiredText(40),
        carrierIdType: z.enum(ID_DOC_TYPES),
        carrierIdNumber: requiredText(40),
        carrierPhone: z.union([phone, z.literal('')]).default(''),
        /** Mainland plate (粤B12345, new-energy 粤BD12345); checked and normalised in main. */
        vehiclePlate: text(12).default(''),
        remarks: text(200).default(''),
      })
      .strict(),
    access: RELEASE_DESK,
    mutates: true,
  }),
  /** The caller confirms at the gate that the goods match the slip; they are recorded as the releasing user. */
  'releases.release': ch<SlipRow>()({
    input: z.object({ id, itemsConfirmed: z.literal(true), note: text(200).default('') }).strict(),
    access: RELEASE_GATE,
    mutates: true,
  }),
  'releases.void': ch<SlipRow>()({
    input: z.object({ id, reason: requiredText(200) }).strict(),
    access: RELEASE_READERS,
    mutates: true,
  }),
  'releases.list': ch<{ rows: SlipRow[]; nextBefore: number | null }>()({
    input: z
      .object({
        q: text(40).default(''),
        status: z.enum(['all', 'issued', 'released', 'voided']).default('all'),
        from: isoDate.optional(),
        to: isoDate.optional(),
        limit: z.number().int().min(1).max(200).default(50),
        before: id.optional(),
      })
      .strict(),
    access: RELEASE_READERS,
    mutates: false,
  }),
  'releases.slip': ch<SlipPrint>()({ input: z.object({ id }).strict(), access: RELEASE_READERS, mutates: false }),
  /** The item-release register: every slip issued in the period, voided ones included with their reason. */
  'releases.register': ch<RegisterData>()({
    input: z.object({ from: isoDate, to: isoDate }).strict(),
    access: RELEASE_READERS,
    mutates: false,
  }),
};
