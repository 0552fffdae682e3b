import type { Role } from '../roles';

/**
 * Who must approve the borrowing of an archive document, and who may not borrow at all: the rules of 000 §5.6.4 as a
 * pure function, so the filing desk, the approver's screen and the tests read the same table. Refusals quote the seed.
 */

export type DocLevel = 'A' | 'B' | 'C';
export const BORROWER_TYPES = ['staff', 'authority', 'owner', 'law_enforcement', 'other'] as const;
export type BorrowerType = (typeof BORROWER_TYPES)[number];
/** 000 §5.6.4f names these three as the state's law-enforcement bodies: 公安机关、检察机关、法院. */
export const ENFORCEMENT_BODIES = ['police', 'procuratorate', 'court'] as const;
export type EnforcementBody = (typeof ENFORCEMENT_BODIES)[number];
export const ENFORCEMENT_BODY_NAMES: Record<EnforcementBody, string> = { police: '公安机关', procuratorate: '检察机关', court: '法院' };

export type ApproverRole = 'general_manager' | 'office_director' | 'dept_head';
export const APPROVER_ROLES: readonly ApproverRole[] = ['general_manager', 'office_director', 'dept_head'];

/**
 * Steps besides the approval: `via_office` — a C-level request goes through the office (000 §5.6.4c);
 * `credentials_registered` — the officers' papers were checked and registered first, and `office_director_lends` —
 * the office director asks the general manager and handles it personally (000 §5.6.4f).
 */
export type ExtraStep = 'via_office' | 'credentials_registered' | 'office_director_lends';

export interface MatrixDocument {
  level: DocLevel;
  /** a–f controlled, 1–7 uncontrolled (000 §5.2). */
  category: string;
  publiclyPosted: boolean;
  departmentId: number;
}

export interface MatrixBorrower {
  type: BorrowerType;
  /** Law enforcement only. */
  body?: EnforcementBody | null;
  /** Law enforcement only: the officers' names and credentials were checked and registered (000 §5.6.4f). */
  credentialsRegistered?: boolean;
}

export interface Requirement {
  ok: true;
  role: ApproverRole;
  /** The department whose head approves (dept_head only). */
  departmentId: number | null;
  steps: ExtraStep[];
  /** Roles that may hand the document over once approved. */
  lenders: Role[];
  /** The clause this requirement comes from, e.g. `000 §5.6.4 b`. */
  clause: string;
}

export interface Refusal {
  ok: false;
  clause: string;
  /** The rule quoted in Chinese with its clause. */
  reason: string;
}

/** The seed's own words, clause by clause (000 §5.6.4 a–f). */
export const CLAUSES = {
  a: { ref: '000 §5.6.4 a', text: 'A级机密文件资料的调用与借阅需经总经理批准' },
  b: { ref: '000 §5.6.4 b', text: 'B级机密文件资料的调用与借阅需经办公室主任批准' },
  c: { ref: '000 §5.6.4 c', text: 'C级机密文件资料的调用与借阅需经有关部门负责人批准并向办公室联系办理' },
  d: { ref: '000 §5.6.4 d', text: '行业主管借阅文件、资料的仅限于B级机密和C级机密文件、资料' },
  e: { ref: '000 §5.6.4 e', text: '业主（用户）因工作需要借阅文件、资料的，仅限于技术图纸和已张贴在公共场所的文件' },
  f: { ref: '000 §5.6.4 f', text: '外来单位借阅、调用文件、资料的限于国家执法部门，如公安机关、检察机关、法院等单位' },
  fCredentials: { ref: '000 §5.6.4 f', text: '执法部门借阅前应检验和登记来访单位和人员的证明文件和相关证件' },
  fPersonally: { ref: '000 §5.6.4 f', text: '执法部门借阅由办公室主任向总经理请示后亲自办理' },
} as const;
type ClauseKey = keyof typeof CLAUSES;

export const quote = (k: ClauseKey): string => `${CLAUSES[k].text}（${CLAUSES[k].ref}）`;
const refuse = (k: ClauseKey): Refusal => ({ ok: false, clause: CLAUSES[k].ref, reason: quote(k) });

const DESK_LENDERS: Role[] = ['archivist', 'office_director'];

/** The approval a level needs for the company's own people, authorities and owners (000 §5.6.4 a–c). */
function byLevel(doc: MatrixDocument): Requirement {
  if (doc.level === 'A') return { ok: true, role: 'general_manager', departmentId: null, steps: [], lenders: DESK_LENDERS, clause: CLAUSES.a.ref };
  if (doc.level === 'B') return { ok: true, role: 'office_director', departmentId: null, steps: [], lenders: DESK_LENDERS, clause: CLAUSES.b.ref };
  return { ok: true, role: 'dept_head', departmentId: doc.departmentId, steps: ['via_office'], lenders: DESK_LENDERS, clause: CLAUSES.c.ref };
}

/** What borrowing `doc` by `borrower` requires, or why it is not allowed at all. */
export function requiredApproval(doc: MatrixDocument, borrower: MatrixBorrower): Requirement | Refusal {
  switch (borrower.type) {
    case 'staff':
      return byLevel(doc);
    case 'authority':
      // 000 §5.6.4d: industry authorities only B and C.
      return doc.level === 'A' ? refuse('d') : byLevel(doc);
    case 'owner':
      // 000 §5.6.4e: technical drawings (category b, 图纸资料) or what is already posted in public.
      return doc.category === 'b' || doc.publiclyPosted ? byLevel(doc) : refuse('e');
    case 'law_enforcement':
      if (!borrower.body || !(ENFORCEMENT_BODIES as readonly string[]).includes(borrower.body)) return refuse('f');
      if (!borrower.credentialsRegistered) return refuse('fCredentials');
      // 000 §5.6.4f: whatever the level, the GM's approval obtained by the office director, who then lends personally.
      return {
        ok: true,
        role: 'general_manager',
        departmentId: null,
        steps: ['credentials_registered', 'office_director_lends'],
        lenders: ['office_director'],
        clause: CLAUSES.f.ref,
      };
    default:
      return refuse('f');
  }
}

export interface Approver {
  roles: readonly Role[];
  departmentId: number | null;
}

/** The clause that names the approver of a requirement (for quoting when someone else tries). */
function approverClause(req: Requirement): ClauseKey {
  if (req.steps.includes('office_director_lends')) return 'fPersonally';
  return req.role === 'general_manager' ? 'a' : req.role === 'office_director' ? 'b' : 'c';
}

/**
 * Whether `approver` may give the approval `req` requires: exactly the named role (a GM does not stand in for the office
 * director: the seed names each level's approver), and for a department head only of the document's department.
 */
export function mayApprove(req: Requirement, approver: Approver): { ok: true } | Refusal {
  const k = approverClause(req);
  if (!approver.roles.includes(req.role)) return refuse(k);
  if (req.role === 'dept_head' && approver.departmentId !== req.departmentId) {
    return { ok: false, clause: CLAUSES.c.ref, reason: `${quote('c')}：须由文件所属部门的负责人批准` };
  }
  return { ok: true };
}

/** Whether `roles` may hand over an approved document (the office; law enforcement: the office director personally). */
export function mayLend(req: Pick<Requirement, 'lenders' | 'steps'>, roles: readonly Role[]): { ok: true } | Refusal {
  if (req.lenders.some((r) => roles.includes(r))) return { ok: true };
  return req.steps.includes('office_director_lends') ? refuse('fPersonally') : { ok: false, clause: '000 §5.4.3', reason: '文件、资料由办公室统一管理，借出须由档案员或办公室主任办理（000 §5.4.3）' };
}
