import { z } from 'zod';
import { ch } from '../contract-kit';
import { signatureInput } from '../rules/signature';
import { id, requiredText, text } from '../rules/text';
import type { RegisterData } from './registers';

/**
 * Document control 文件的印制、分发、复印、补发、作废与销毁 (000 篇5 §5.1, §5.5, §5.7, §5.9; forms of 篇5 §6). The office
 * (办公室, §3.3) does the paperwork; approvals are recorded acts of the approving role while logged in, never ticks.
 */

/** The archivist (档案员) records printing, distribution, requests, reissues and destruction (000 §3.3). */
export const DC_CLERK = ['archivist'] as const;
/** Copies and reissues are approved by the office director (000 §5.7.1, §5.7.2). */
export const DC_OFFICE = ['office_director'] as const;
/** Voiding (and so destruction) is approved by the general manager (000 §5.9.1, §5.9.2). */
export const DC_GM = ['general_manager'] as const;
/**
 * Who reads the forms: the office (archivist, director) and the GM. Department heads do not: these are the office's
 * records (000 §3.3, §3.4); a department sees what it received on the signed paper form.
 */
export const DC_READERS = ['archivist', 'office_director', 'general_manager'] as const;
/** Who may carry out a destruction (typed credential): the office. */
export const DC_DESTROYERS = ['archivist', 'office_director'] as const;
/** Who may supervise a destruction (typed credential): the office or a manager; never the same person (§5.9.3). */
export const DC_SUPERVISORS = ['archivist', 'office_director', 'security_manager', 'general_manager'] as const;

/** The forms of 000 篇5 §6 this module keeps, with their retention (all 一年). */
export const DC_FORMS = {
  printing: 'QR-WD01-02-01',
  distribution: 'QR-WD01-02-03',
  borrowing: 'QR-WD01-02-04',
  copy: 'QR-WD01-02-05',
  reissue: 'QR-WD01-02-06',
  void: 'QR-WD01-02-07',
} as const;
export type DcForm = keyof typeof DC_FORMS;
/** 000 篇5 §6: every one of these forms is kept one year (the catalogue QR-WD01-02-02 long-term, not listed). */
export const DC_RETENTION_YEARS: Record<DcForm, number> = { printing: 1, distribution: 1, borrowing: 1, copy: 1, reissue: 1, void: 1 };

export const DC_COPY_STATUSES = ['issued', 'taken_back', 'lost', 'voided', 'kept', 'destroyed'] as const;
export type DcCopyStatus = (typeof DC_COPY_STATUSES)[number];
export const DC_REQUEST_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type DcRequestStatus = (typeof DC_REQUEST_STATUSES)[number];
export const DC_REISSUE_STATUSES = ['pending', 'approved', 'rejected', 'issued'] as const;
export type DcReissueStatus = (typeof DC_REISSUE_STATUSES)[number];
export const DC_VOID_STATUSES = ['pending', 'approved', 'rejected', 'destroyed'] as const;
export type DcVoidStatus = (typeof DC_VOID_STATUSES)[number];

export interface DcDocRow {
  id: number;
  title: string;
  docNo: string;
  version: string;
  indexNo: string;
  status: 'active' | 'voided' | 'destroyed';
  departmentName: string;
}

export interface DcPrintingRow {
  id: number;
  document: DcDocRow;
  copies: number;
  /** 总经理助理 who reviewed (§5.1.2). */
  reviewerName: string;
  /** The general manager who approved the document (§5.1.3). */
  approvedBy: string;
  approvedOn: string;
  printedAt: string;
  printedBy: string;
  note: string;
}

export interface DcCopyRow {
  id: number;
  documentId: number;
  /** `003`, or `003-1`, `003-2` for reissues. */
  copyNo: string;
  departmentName: string;
  holderName: string;
  status: DcCopyStatus;
  statusAt: string;
}

export interface DcDistributionRow {
  id: number;
  document: DcDocRow;
  departmentId: number;
  departmentName: string;
  receiverName: string;
  quantity: number;
  copyNos: string[];
  note: string;
  distributedAt: string;
  distributedBy: string;
}

interface Decided {
  requestedAt: string;
  requestedBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionNote: string;
}

export interface DcCopyRequestRow extends Decided {
  id: number;
  document: DcDocRow;
  copies: number;
  purpose: string;
  requesterName: string;
  departmentName: string;
  status: DcRequestStatus;
}

export interface DcReissueRow extends Decided {
  id: number;
  document: DcDocRow;
  copyId: number;
  copyNo: string;
  departmentName: string;
  kind: 'damaged' | 'lost';
  explanation: string;
  applicantName: string;
  status: DcReissueStatus;
  newCopyNo: string | null;
  issuedAt: string | null;
  issuedBy: string | null;
}

export interface DcVoidRow extends Decided {
  id: number;
  document: DcDocRow;
  reason: string;
  status: DcVoidStatus;
  /** Copies withdrawn and stamped 作废 when the GM approved. */
  voidedCopies: string[];
  keptCopies: string[];
  destroyedCopies: string[];
  destroyedAt: string | null;
  destroyedBy: string | null;
  supervisedBy: string | null;
  destroyMethod: string;
}

/** 作废通知: the written notice to every department (§5.9.4). */
export interface DcVoidNotice {
  orgName: string;
  title: string;
  departments: string[];
  docTitle: string;
  docNo: string;
  version: string;
  indexNo: string;
  copyNos: string[];
  reason: string;
  approvedBy: string;
  approvedAt: string;
  printedAt: string;
}

export interface DcRetentionRow {
  form: DcForm;
  formNo: string;
  recordId: number;
  /** What the record is about, e.g. 《消防安全管理规定》 XF-2026-01 分发 工程部 001–003. */
  summary: string;
  recordAt: string;
  /** The day the retention ends (record day + years). */
  dueDay: string;
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' });
const period = z.object({ from: date, to: date }).strict();
const paging = { limit: z.number().int().min(1).max(200).default(50), before: id.optional() };
const credential = z.object({ username: requiredText(32), password: z.string().min(1).max(128) }).strict();
const decision = z.object({ id, approve: z.boolean(), note: text(300).default('') }).strict();
type Page<T> = { rows: T[]; nextBefore: number | null };

export const doccontrolChannels = {
  /** Users holding general_manager: who may be named as a printed document's approver. */
  'doccontrol.approvers': ch<{ id: number; name: string }[]>()({ input: z.object({}).strict(), access: DC_CLERK, mutates: false }),

  'doccontrol.printings.create': ch<DcPrintingRow>()({
    input: z
      .object({ documentId: id, copies: z.number().int().min(1).max(999), reviewerName: text(40).default(''), approvedBy: id, approvedOn: date, note: text(200).default('') })
      .strict(),
    access: DC_CLERK,
    mutates: true,
  }),
  'doccontrol.printings.list': ch<Page<DcPrintingRow>>()({ input: z.object({ ...paging }).strict(), access: DC_READERS, mutates: false }),

  /** Hands `quantity` copies to a department; each gets the next distribution number of that document (001, 002…). */
  'doccontrol.distributions.create': ch<DcDistributionRow>()({
    input: z
      .object({ documentId: id, departmentId: id, receiverName: requiredText(40), quantity: z.number().int().min(1).max(999), signature: signatureInput, note: text(200).default('') })
      .strict(),
    access: DC_CLERK,
    mutates: true,
  }),
  'doccontrol.distributions.list': ch<Page<DcDistributionRow>>()({ input: z.object({ documentId: id.optional(), ...paging }).strict(), access: DC_READERS, mutates: false }),
  /** Every numbered copy of a document with its state. */
  'doccontrol.copies.list': ch<DcCopyRow[]>()({ input: z.object({ documentId: id }).strict(), access: DC_READERS, mutates: false }),
  /** A stored signature (distribution receiver, copy requester, reissue receiver); every view is audited. */
  'doccontrol.signature': ch<{ png: string }>()({
    input: z.object({ kind: z.enum(['distribution', 'copy', 'reissue']), id }).strict(),
    access: DC_READERS,
    mutates: true,
  }),

  /** A request to copy a document, signed by the requester; pending until the office director decides. */
  'doccontrol.copyRequests.create': ch<DcCopyRequestRow>()({
    input: z
      .object({ documentId: id, copies: z.number().int().min(1).max(999), purpose: requiredText(200), requesterName: requiredText(40), departmentId: id, signature: signatureInput })
      .strict(),
    access: DC_CLERK,
    mutates: true,
  }),
  'doccontrol.copyRequests.decide': ch<DcCopyRequestRow>()({ input: decision, access: DC_OFFICE, mutates: true }),
  'doccontrol.copyRequests.list': ch<Page<DcCopyRequestRow>>()({
    input: z.object({ status: z.enum([...DC_REQUEST_STATUSES, 'all']).default('all'), ...paging }).strict(),
    access: DC_READERS,
    mutates: false,
  }),

  /** Application to replace a damaged or lost copy (an `issued` one); pending until the office director decides. */
  'doccontrol.reissues.create': ch<DcReissueRow>()({
    input: z.object({ copyId: id, kind: z.enum(['damaged', 'lost']), explanation: requiredText(300), applicantName: requiredText(40) }).strict(),
    access: DC_CLERK,
    mutates: true,
  }),
  'doccontrol.reissues.decide': ch<DcReissueRow>()({ input: decision, access: DC_OFFICE, mutates: true }),
  /** Hands out the approved new copy (`003` → `003-1`); the damaged copy is taken back, a lost one recorded lost. */
  'doccontrol.reissues.issue': ch<DcReissueRow>()({ input: z.object({ id, signature: signatureInput }).strict(), access: DC_CLERK, mutates: true }),
  'doccontrol.reissues.list': ch<Page<DcReissueRow>>()({
    input: z.object({ status: z.enum([...DC_REISSUE_STATUSES, 'all']).default('all'), ...paging }).strict(),
    access: DC_READERS,
    mutates: false,
  }),

  /** Proposes voiding a document (reason required); pending until the general manager decides. */
  'doccontrol.voids.create': ch<DcVoidRow>()({ input: z.object({ documentId: id, reason: requiredText(300) }).strict(), access: DC_CLERK, mutates: true }),
  /** Approval voids the document and withdraws every copy in circulation (stamped 作废). */
  'doccontrol.voids.decide': ch<DcVoidRow>()({ input: decision, access: DC_GM, mutates: true }),
  /**
   * Destroys the voided copies except `keep` (one or two distribution numbers kept for record, §5.9.3), done by one
   * person and supervised by another, both typing their credentials on the spot.
   */
  'doccontrol.voids.destroy': ch<DcVoidRow>()({
    input: z.object({ id, keep: z.array(requiredText(12)).min(1).max(2), method: requiredText(60), doer: credential, supervisor: credential }).strict(),
    access: DC_CLERK,
    mutates: true,
  }),
  'doccontrol.voids.list': ch<Page<DcVoidRow>>()({
    input: z.object({ status: z.enum([...DC_VOID_STATUSES, 'all']).default('all'), ...paging }).strict(),
    access: DC_READERS,
    mutates: false,
  }),
  'doccontrol.voids.notice': ch<DcVoidNotice>()({ input: z.object({ id }).strict(), access: DC_READERS, mutates: false }),

  /** Form records past their retention (000 篇5 §6) at the call's time, oldest first, for the office to review. */
  'doccontrol.retention': ch<DcRetentionRow[]>()({ input: z.object({}).strict(), access: DC_READERS, mutates: false }),

  'doccontrol.printingRegister': ch<RegisterData>()({ input: period, access: DC_READERS, mutates: false }),
  'doccontrol.distributionRegister': ch<RegisterData>()({ input: period, access: DC_READERS, mutates: false }),
  'doccontrol.copyRegister': ch<RegisterData>()({ input: period, access: DC_READERS, mutates: false }),
  'doccontrol.reissueRegister': ch<RegisterData>()({ input: period, access: DC_READERS, mutates: false }),
  'doccontrol.voidRegister': ch<RegisterData>()({ input: period, access: DC_READERS, mutates: false }),
};
