import { z } from 'zod';
import { ch } from '../contract-kit';
import { ARCHIVE_CATEGORY_CODES, CONTROLLED_CATEGORIES, type ArchiveCategory } from '../rules/index-number';
import { id, requiredText, text } from '../rules/text';
import type { RegisterData } from './registers';

export { ARCHIVE_CATEGORY_CODES, type ArchiveCategory } from '../rules/index-number';

/**
 * The archive 文件资料 (000 篇5): the storage map of cabinets and boxes and the catalogue 存档备案资料目录
 * (QR-WD01-02-02). The office keeps the archive (000 §3.3, §5.4.3), so the archivist and the office director write;
 * the general manager and department heads read it (they approve A- and C-level borrowing, 000 §5.6.4). The system
 * administrator sees nothing (no business data).
 */
export const ARCHIVE_WRITERS = ['archivist', 'office_director'] as const;
export const ARCHIVE_READERS = ['archivist', 'office_director', 'general_manager', 'dept_head'] as const;

/** The seed's category names (000 §5.2.1 controlled a–f, §5.2.2 uncontrolled 1–7). */
export const ARCHIVE_CATEGORY_NAMES: Record<ArchiveCategory, string> = {
  a: '内业资料',
  b: '图纸资料',
  c: '质量体系文件',
  d: '质量体系引用的法律法规及外来文件',
  e: '与服务过程有关的合同协议',
  f: '业主档案',
  '1': '内行文、外行文',
  '2': '未被质量体系引用的外来文件',
  '3': '与服务过程无关的合同协议',
  '4': '未被质量体系引用的法律法规',
  '5': '行业标准性文件',
  '6': '照片、录像带',
  '7': '电脑贮存',
};
export const isControlledCategory = (c: ArchiveCategory): boolean => (CONTROLLED_CATEGORIES as readonly string[]).includes(c);
/** Drawings: owners may borrow them (000 §5.6.4e), with publicly posted documents. */
export const DRAWINGS_CATEGORY: ArchiveCategory = 'b';

/** Confidentiality levels (000 §5.6.4): A approved by the GM, B by the office director, C by the department head. */
export const ARCHIVE_LEVELS = ['A', 'B', 'C'] as const;
export type ArchiveLevel = (typeof ARCHIVE_LEVELS)[number];
export const ARCHIVE_LEVEL_NAMES: Record<ArchiveLevel, string> = { A: 'A级机密', B: 'B级机密', C: 'C级机密' };

export const ARCHIVE_STATUSES = ['active', 'voided', 'destroyed'] as const;
export type ArchiveStatus = (typeof ARCHIVE_STATUSES)[number];

export interface ArchiveBoxRow {
  id: number;
  cabinetId: number;
  /** 1–99, printed with two digits. */
  boxNo: number;
  /** `3.1-02`: the box's place as printed. */
  code: string;
  /** `BOX-3-1-02`: what its label's barcode carries (scanners carry no dot). */
  barcode: string;
  label: string;
  active: boolean;
  /** Active documents filed in it. */
  documents: number;
}

/** The index numbers a cabinet holds in one category (000 §5.4.3: 在档案柜上贴好存放文件的索引号范围). */
export interface ArchiveIndexRange {
  category: ArchiveCategory;
  from: string;
  to: string;
  documents: number;
}

export interface ArchiveCabinetRow {
  id: number;
  number: number;
  serial: number;
  /** `3.1`: the cabinet's place as printed. */
  code: string;
  /** `CAB-3-1`: what its label's barcode carries. */
  barcode: string;
  location: string;
  active: boolean;
  boxes: ArchiveBoxRow[];
  ranges: ArchiveIndexRange[];
  /** The ranges in one line, e.g. `f-3.1-01～f-3.1-03；6-3.1-05`; empty when the cabinet holds nothing. */
  rangeText: string;
}

export interface ArchiveDocumentRow {
  id: number;
  title: string;
  docNo: string;
  drawingNo: string;
  version: string;
  category: ArchiveCategory;
  categoryName: string;
  controlled: boolean;
  level: ArchiveLevel;
  copies: number;
  contentNote: string;
  departmentId: number;
  departmentName: string;
  /** YYYY-MM-DD. */
  docDate: string;
  /** 保管期限, e.g. 长期, 10年. */
  retention: string;
  /** Posted in a public place: owners may borrow it (000 §5.6.4e). */
  publiclyPosted: boolean;
  boxId: number;
  cabinetId: number;
  location: string;
  /** `f-3.1-02`, from category and box; changes when the document moves. */
  indexNo: string;
  status: ArchiveStatus;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface ArchiveMoveRow {
  fromIndex: string;
  toIndex: string;
  reason: string;
  movedAt: string;
  movedBy: string;
}

export interface ArchiveDocumentDetail {
  document: ArchiveDocumentRow;
  /** Oldest first. */
  moves: ArchiveMoveRow[];
}

export interface ArchiveCabinetLabel {
  code: string;
  barcode: string;
  title: string;
  location: string;
  rangeText: string;
}
export interface ArchiveBoxLabel {
  code: string;
  barcode: string;
  title: string;
  label: string;
  rangeText: string;
}
export interface ArchiveLabels {
  orgName: string;
  cabinets: ArchiveCabinetLabel[];
  boxes: ArchiveBoxLabel[];
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' });
const paging = { limit: z.number().int().min(1).max(200).default(50), before: id.optional() };
/** Typed or scanned index number; validated by `parseIndexNo` in main (precise Chinese problem). */
const indexText = text(30);

const documentFields = {
  title: requiredText(120),
  docNo: text(40).default(''),
  drawingNo: text(40).default(''),
  version: text(20).default(''),
  category: z.enum(ARCHIVE_CATEGORY_CODES),
  level: z.enum(ARCHIVE_LEVELS),
  copies: z.number().int().min(1).max(9999).default(1),
  contentNote: text(300).default(''),
  departmentId: id,
  docDate: date,
  retention: text(20).default('长期'),
  publiclyPosted: z.boolean().default(false),
};

export const archiveChannels = {
  /** Cabinets with their boxes and the index ranges they hold (active documents), by number and serial. */
  'archive.cabinets.list': ch<ArchiveCabinetRow[]>()({
    input: z.object({ includeInactive: z.boolean().default(false) }).strict(),
    access: ARCHIVE_READERS,
    mutates: false,
  }),
  /** A cabinet holding documents keeps its number and serial (their index numbers depend on them) and stays active. */
  'archive.cabinets.save': ch<ArchiveCabinetRow>()({
    input: z
      .object({
        id: id.optional(),
        number: z.number().int().min(1).max(999),
        serial: z.number().int().min(1).max(99).default(1),
        location: text(60).default(''),
        active: z.boolean().default(true),
      })
      .strict(),
    access: ARCHIVE_WRITERS,
    mutates: true,
  }),
  /** A box holding documents keeps its number and stays active. */
  'archive.boxes.save': ch<ArchiveBoxRow>()({
    input: z
      .object({ id: id.optional(), cabinetId: id, boxNo: z.number().int().min(1).max(99), label: text(60).default(''), active: z.boolean().default(true) })
      .strict(),
    access: ARCHIVE_WRITERS,
    mutates: true,
  }),
  /** Cabinet labels (index range) and box labels with their codes for barcodes; none given = every active one. */
  'archive.labels': ch<ArchiveLabels>()({
    input: z.object({ cabinetIds: z.array(id).max(200).optional(), boxIds: z.array(id).max(500).optional() }).strict(),
    access: ARCHIVE_READERS,
    mutates: false,
  }),
  /**
   * Catalogues a document into a box: exactly one of `boxId` or `indexNo` (typed or scanned; its category must be
   * the document's and its cabinet and box must exist). The index number is generated and stored.
   */
  'archive.documents.create': ch<ArchiveDocumentRow>()({
    input: z.object({ ...documentFields, boxId: id.optional(), indexNo: indexText.optional() }).strict(),
    access: ARCHIVE_WRITERS,
    mutates: true,
  }),
  /** Changes the description; a changed category re-indexes the document in its box (recorded as a move). */
  'archive.documents.update': ch<ArchiveDocumentRow>()({
    input: z.object({ id, ...documentFields }).strict(),
    access: ARCHIVE_WRITERS,
    mutates: true,
  }),
  'archive.documents.get': ch<ArchiveDocumentDetail>()({ input: z.object({ id }).strict(), access: ARCHIVE_READERS, mutates: false }),
  /**
   * Title, numbers, drawing number, index number, department (1–2 characters too). A `q` shaped like an index number
   * is validated (precise problem) and must name an existing box; it then finds the documents filed under it.
   * Newest first, keyset-paged by id.
   */
  'archive.documents.search': ch<{ rows: ArchiveDocumentRow[]; nextBefore: number | null }>()({
    input: z
      .object({
        q: text(60).default(''),
        category: z.enum(ARCHIVE_CATEGORY_CODES).optional(),
        level: z.enum(ARCHIVE_LEVELS).optional(),
        departmentId: id.optional(),
        cabinetId: id.optional(),
        boxId: id.optional(),
        /** Borrowing: only drawings (category b) and publicly posted documents (000 §5.6.4e). */
        ownerBorrowable: z.boolean().optional(),
        status: z.enum([...ARCHIVE_STATUSES, 'all']).default('active'),
        ...paging,
      })
      .strict(),
    access: ARCHIVE_READERS,
    mutates: false,
  }),
  /** Moves an active document to another box (exactly one of `boxId` / `indexNo`): re-indexed, history kept. */
  'archive.documents.move': ch<ArchiveDocumentRow>()({
    input: z.object({ id, boxId: id.optional(), indexNo: indexText.optional(), reason: text(200).default('') }).strict(),
    access: ARCHIVE_WRITERS,
    mutates: true,
  }),
  /** 存档备案资料目录 QR-WD01-02-02 (kept long-term): active documents by index number, optionally one category/cabinet. */
  'archive.catalogue': ch<RegisterData>()({
    input: z.object({ category: z.enum(ARCHIVE_CATEGORY_CODES).optional(), cabinetId: id.optional() }).strict(),
    access: ARCHIVE_READERS,
    mutates: false,
  }),
};
