import { z } from 'zod';
import { ch } from '../contract-kit';
import type { Role } from '../roles';
import { ENFORCEMENT_BODIES, type ApproverRole, type BorrowerType, type DocLevel, type EnforcementBody, type ExtraStep } from '../rules/borrowing-approval';
import { id, phone, requiredText, text } from '../rules/text';
import type { RegisterData } from './registers';

/**
 * Borrowing archive documents 文件资料的调用、借阅与归还 (000 §5.6). The office files a request, the person the matrix of
 * 000 §5.6.4 names approves or rejects it, the office lends it and checks it on return (000 §5.6.3). Form QR-WD01-02-04.
 */

/** The office files, lends and takes back (000 §5.4.3: the office manages the archive). */
export const BORROW_DESK = ['archivist', 'office_director'] as const;
/** Approvers read the requests they decide on; the desk reads everything. */
export const BORROW_READERS = ['archivist', 'office_director', 'general_manager', 'dept_head'] as const;
export const BORROW_APPROVERS = ['general_manager', 'office_director', 'dept_head'] as const;
/** Whose follow-up (追究责任, 000 §5.6.3) a damaged return becomes. */
export const BORROW_FOLLOW_UP = ['office_director', 'general_manager'] as const;

/** Borrower types that can be filed: `other` outside bodies are refused by the matrix (000 §5.6.4f). */
export const FILED_BORROWER_TYPES = ['staff', 'authority', 'owner', 'law_enforcement', 'other'] as const satisfies readonly BorrowerType[];
export const CREDENTIAL_TYPES = ['officer_card', 'id_card', 'other'] as const;
export type CredentialType = (typeof CREDENTIAL_TYPES)[number];

export const BORROW_STATUSES = ['pending', 'approved', 'rejected', 'lent', 'returned', 'cancelled'] as const;
export type BorrowStatus = (typeof BORROW_STATUSES)[number];
/** The list's tabs: `out` is lent and not yet due, `overdue` lent and past its due day, `mine` awaits the caller's approval. */
export const BORROW_VIEWS = ['mine', 'pending', 'approved', 'out', 'overdue', 'returned', 'rejected', 'all'] as const;
export type BorrowView = (typeof BORROW_VIEWS)[number];

export interface BorrowDocRow {
  id: number;
  title: string;
  docNo: string;
  drawingNo: string;
  indexNo: string;
  category: string;
  level: DocLevel;
  departmentId: number;
  departmentName: string;
  publiclyPosted: boolean;
  /** The request it is lent under now, if any. */
  outWith: string | null;
}

export interface OfficerRow {
  name: string;
  credentialType: CredentialType;
  /** ID-card numbers are masked unless the caller is the office director or the general manager. */
  credentialNo: string;
}

export interface BorrowRow {
  id: number;
  /** JY-20261120-001. */
  requestNo: string;
  documentId: number;
  docTitle: string;
  docNo: string;
  drawingNo: string;
  indexNo: string;
  level: DocLevel;
  category: string;
  docDepartment: string;
  borrowerType: Exclude<BorrowerType, 'other'>;
  borrowerUserId: number | null;
  borrowerDepartmentId: number | null;
  borrowerDepartment: string | null;
  borrowerName: string;
  /** Authority's or law-enforcement body's name, or the owner's unit (3栋2单元1203). */
  borrowerUnit: string;
  borrowerPhone: string;
  enforcementBody: EnforcementBody | null;
  officers: OfficerRow[];
  purpose: string;
  /** YYYY-MM-DD: due back by the end of that day. */
  dueDate: string;
  requiredRole: ApproverRole;
  requiredDepartmentId: number | null;
  requiredDepartment: string | null;
  steps: ExtraStep[];
  /** Roles that may hand it over once approved. */
  lenders: Role[];
  status: BorrowStatus;
  /** Lent and past the due day at the time of the call. */
  overdue: boolean;
  /** The caller may approve or reject it now. */
  mayDecide: boolean;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionComment: string;
  lentAt: string | null;
  lentBy: string | null;
  returnedAt: string | null;
  receivedBy: string | null;
  condition: 'intact' | 'damaged' | null;
  remarks: string;
  followUp: boolean;
  followUpClosedAt: string | null;
  followUpClosedBy: string | null;
  followUpNote: string;
  filedAt: string;
  filedBy: string;
}

export interface RequirementPreview {
  ok: boolean;
  role: ApproverRole | null;
  departmentName: string | null;
  steps: ExtraStep[];
  /** The refusal with the quoted rule, or the clause of the requirement. */
  reason: string;
}

const borrower = {
  documentId: id,
  borrowerType: z.enum(FILED_BORROWER_TYPES),
  enforcementBody: z.enum(ENFORCEMENT_BODIES).nullable().default(null),
  /** Law enforcement: the officers whose papers were checked and registered (000 §5.6.4f). */
  officers: z
    .array(z.object({ name: requiredText(20), credentialType: z.enum(CREDENTIAL_TYPES), credentialNo: requiredText(30) }).strict())
    .max(5)
    .default([]),
};

const period = z.object({ from: requiredText(10), to: requiredText(10) }).strict();

export const borrowingChannels = {
  /** Documents to borrow (title, number, index number), with the request each is out under. */
  'borrowing.documents': ch<BorrowDocRow[]>()({
    input: z.object({ q: text(50).default(''), limit: z.number().int().min(1).max(50).default(20) }).strict(),
    access: BORROW_DESK,
    mutates: false,
  }),
  /** What filing would require (approver, steps) or the quoted refusal, before filing. */
  'borrowing.requirement': ch<RequirementPreview>()({ input: z.object(borrower).strict(), access: BORROW_DESK, mutates: false }),
  'borrowing.create': ch<BorrowRow>()({
    input: z
      .object({
        ...borrower,
        borrowerUserId: id.nullable().default(null),
        borrowerDepartmentId: id.nullable().default(null),
        borrowerName: text(30).default(''),
        borrowerUnit: text(60).default(''),
        borrowerPhone: z.union([z.literal(''), phone]).default(''),
        purpose: requiredText(200),
        dueDate: requiredText(10),
      })
      .strict(),
    access: BORROW_DESK,
    mutates: true,
  }),
  'borrowing.list': ch<{ rows: BorrowRow[]; nextBefore: number | null }>()({
    input: z
      .object({ view: z.enum(BORROW_VIEWS).default('all'), before: id.nullable().default(null), limit: z.number().int().min(1).max(200).default(50) })
      .strict(),
    access: BORROW_READERS,
    mutates: false,
  }),
  'borrowing.get': ch<BorrowRow>()({ input: z.object({ id }).strict(), access: BORROW_READERS, mutates: false }),
  /** The approver's act (000 §5.6.4 a–c, f): the role the matrix names, for C of the document's own department. */
  'borrowing.approve': ch<BorrowRow>()({ input: z.object({ id, comment: text(200).default('') }).strict(), access: BORROW_APPROVERS, mutates: true }),
  'borrowing.reject': ch<BorrowRow>()({ input: z.object({ id, comment: requiredText(200) }).strict(), access: BORROW_APPROVERS, mutates: true }),
  /** Withdraws a request not yet lent (filed in error, no longer needed). */
  'borrowing.cancel': ch<BorrowRow>()({ input: z.object({ id, comment: requiredText(200) }).strict(), access: BORROW_DESK, mutates: true }),
  'borrowing.lend': ch<BorrowRow>()({ input: z.object({ id }).strict(), access: BORROW_DESK, mutates: true }),
  /** The office checks the condition (000 §5.6.3): damage needs the borrower's explanation, written in the remarks. */
  'borrowing.return': ch<BorrowRow>()({
    input: z
      .object({ id, condition: z.enum(['intact', 'damaged']), remarks: text(300).default(''), followUp: z.boolean().default(false) })
      .strict(),
    access: BORROW_DESK,
    mutates: true,
  }),
  /** Damaged returns flagged for 追究责任 (000 §5.6.3), open ones first. */
  'borrowing.followUps': ch<BorrowRow[]>()({ input: z.object({ open: z.boolean().default(true) }).strict(), access: BORROW_READERS, mutates: false }),
  'borrowing.followUps.close': ch<BorrowRow>()({ input: z.object({ id, note: requiredText(300) }).strict(), access: BORROW_FOLLOW_UP, mutates: true }),
  /** 文件、资料借阅登记表 QR-WD01-02-04 of requests lent from..to. */
  'borrowing.register': ch<RegisterData>()({ input: period, access: BORROW_READERS, mutates: false }),
};
