import { z } from 'zod';
import { ch } from '../contract-kit';
import { STAFF } from '../roles';
import { id, phone, requiredText, text } from '../rules/text';
import type { RegisterData } from './registers';

export const OCCUPANT_KINDS = ['owner', 'tenant', 'company'] as const;
export type OccupantKind = (typeof OCCUPANT_KINDS)[number];

export interface BuildingRow {
  id: number;
  name: string;
  note: string;
  unitCount: number;
}

export interface UnitRow {
  id: number;
  buildingId: number;
  buildingName: string;
  entrance: string;
  room: string;
  /** `3栋2单元1203`: how the desk writes and says an address. */
  label: string;
  note: string;
  occupantCount: number;
}

export interface OccupantRow {
  id: number;
  unitId: number;
  unitLabel: string;
  name: string;
  kind: OccupantKind;
  phone: string;
  parcelConsent: boolean;
  note: string;
  active: boolean;
}

export interface ImportRowReport {
  line: number;
  values: { building: string; entrance: string; room: string; name: string; kind: string; phone: string; consent: string; note: string };
  errors: string[];
}

export interface ImportPreview {
  rows: ImportRowReport[];
  validCount: number;
  errorCount: number;
}

/** Directory upkeep is setup work the administrator may do too; reading is for all staff. */
export const DIRECTORY_EDITORS = ['receptionist', 'general_manager', 'admin'] as const;
export const DIRECTORY_READERS = [...STAFF, 'admin'] as const;

/** A building name such as `3栋` or `A座`; digits alone get `栋` appended on save. */
const buildingName = requiredText(20);
const entrance = text(10);
const room = requiredText(10);

/** Base64 of an .xlsx or .csv file, at most ~10 MB. */
const fileInput = z
  .object({
    fileName: requiredText(200).refine((n) => /\.(xlsx|csv)$/i.test(n), { message: 'file_type' }),
    base64: z.string().min(1).max(14_000_000),
  })
  .strict();

export const directoryChannels = {
  'directory.buildings.list': ch<BuildingRow[]>()({ input: z.object({}).strict(), access: DIRECTORY_READERS, mutates: false }),
  'directory.buildings.save': ch<BuildingRow>()({
    input: z.object({ id: id.optional(), name: buildingName, note: text(200).default('') }).strict(),
    access: DIRECTORY_EDITORS,
    mutates: true,
  }),
  'directory.buildings.delete': ch<{ done: true }>()({ input: z.object({ id }).strict(), access: DIRECTORY_EDITORS, mutates: true }),
  'directory.units.list': ch<UnitRow[]>()({
    input: z.object({ buildingId: id.optional(), q: text(40).optional() }).strict(),
    access: DIRECTORY_READERS,
    mutates: false,
  }),
  'directory.units.save': ch<UnitRow>()({
    input: z.object({ id: id.optional(), buildingId: id, entrance: entrance.default(''), room, note: text(200).default('') }).strict(),
    access: DIRECTORY_EDITORS,
    mutates: true,
  }),
  'directory.units.delete': ch<{ done: true }>()({ input: z.object({ id }).strict(), access: DIRECTORY_EDITORS, mutates: true }),
  /** Name, 1–2 character or longer substring, pinyin initials or full pinyin, unit, phone tail. Newest first, paged. */
  'directory.occupants.search': ch<{ rows: OccupantRow[]; nextBefore: number | null }>()({
    input: z
      .object({
        q: text(40).default(''),
        unitId: id.optional(),
        buildingId: id.optional(),
        includeInactive: z.boolean().default(false),
        limit: z.number().int().min(1).max(200).default(50),
        before: id.optional(),
      })
      .strict(),
    access: DIRECTORY_READERS,
    mutates: false,
  }),
  'directory.occupants.save': ch<OccupantRow>()({
    input: z
      .object({
        id: id.optional(),
        unitId: id,
        name: requiredText(40),
        kind: z.enum(OCCUPANT_KINDS),
        phone: z.union([phone, z.literal('')]).default(''),
        parcelConsent: z.boolean().default(false),
        note: text(200).default(''),
        active: z.boolean().default(true),
      })
      .strict(),
    access: DIRECTORY_EDITORS,
    mutates: true,
  }),
  'directory.import.preview': ch<ImportPreview>()({ input: fileInput, access: DIRECTORY_EDITORS, mutates: false }),
  /** `all` refuses while any row has errors; `validOnly` is the user's explicit choice to skip the bad rows. */
  'directory.import.commit': ch<{ imported: number; updated: number; skipped: number }>()({
    input: fileInput.extend({ mode: z.enum(['all', 'validOnly']) }),
    access: DIRECTORY_EDITORS,
    mutates: true,
  }),
  'directory.register': ch<RegisterData>()({
    input: z.object({ buildingId: id.optional() }).strict(),
    access: DIRECTORY_READERS,
    mutates: false,
  }),
};
