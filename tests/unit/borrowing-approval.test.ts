import { describe, expect, it } from 'vitest';
import {
  mayApprove,
  mayLend,
  requiredApproval,
  type ApproverRole,
  type DocLevel,
  type MatrixBorrower,
  type MatrixDocument,
  type Requirement,
} from '../../src-shared/rules/borrowing-approval';
import type { Role } from '../../src-shared/roles';

// 000 §5.6.4, quoted as the refusals must quote it.
const A = 'A级机密文件资料的调用与借阅需经总经理批准（000 §5.6.4 a）';
const B = 'B级机密文件资料的调用与借阅需经办公室主任批准（000 §5.6.4 b）';
const C = 'C级机密文件资料的调用与借阅需经有关部门负责人批准并向办公室联系办理（000 §5.6.4 c）';
const D = '行业主管借阅文件、资料的仅限于B级机密和C级机密文件、资料（000 §5.6.4 d）';
const E = '业主（用户）因工作需要借阅文件、资料的，仅限于技术图纸和已张贴在公共场所的文件（000 §5.6.4 e）';
const F = '外来单位借阅、调用文件、资料的限于国家执法部门，如公安机关、检察机关、法院等单位（000 §5.6.4 f）';
const F_PAPERS = '执法部门借阅前应检验和登记来访单位和人员的证明文件和相关证件（000 §5.6.4 f）';
const F_GM = '执法部门借阅由办公室主任向总经理请示后亲自办理（000 §5.6.4 f）';
const C_DEPT = `${C}：须由文件所属部门的负责人批准`;

const ENGINEERING = 3;
const OTHER_DEPT = 2;

/** The borrowers of the table, each with the document's category and posting it borrows. */
const BORROWERS: Record<string, { borrower: MatrixBorrower; category: string; posted: boolean }> = {
  staff: { borrower: { type: 'staff' }, category: 'a', posted: false },
  authority: { borrower: { type: 'authority' }, category: 'a', posted: false },
  ownerDrawing: { borrower: { type: 'owner' }, category: 'b', posted: false },
  ownerPosted: { borrower: { type: 'owner' }, category: '1', posted: true },
  ownerFile: { borrower: { type: 'owner' }, category: 'f', posted: false },
  police: { borrower: { type: 'law_enforcement', body: 'police', credentialsRegistered: true }, category: 'f', posted: false },
  procuratorate: { borrower: { type: 'law_enforcement', body: 'procuratorate', credentialsRegistered: true }, category: 'a', posted: false },
  court: { borrower: { type: 'law_enforcement', body: 'court', credentialsRegistered: true }, category: 'e', posted: false },
  policeUnchecked: { borrower: { type: 'law_enforcement', body: 'police', credentialsRegistered: false }, category: 'f', posted: false },
  lawNoBody: { borrower: { type: 'law_enforcement', body: null, credentialsRegistered: true }, category: 'f', posted: false },
  otherBody: { borrower: { type: 'other' }, category: 'b', posted: true },
};

type Expect = ApproverRole | { refused: string };
const LE: Expect = 'general_manager';
/** Expected outcome per borrower and level (A, B, C): the approver's role or the quoted refusal. */
const MATRIX: Record<string, [Expect, Expect, Expect]> = {
  staff: ['general_manager', 'office_director', 'dept_head'],
  authority: [{ refused: D }, 'office_director', 'dept_head'],
  ownerDrawing: ['general_manager', 'office_director', 'dept_head'],
  ownerPosted: ['general_manager', 'office_director', 'dept_head'],
  ownerFile: [{ refused: E }, { refused: E }, { refused: E }],
  police: [LE, LE, LE],
  procuratorate: [LE, LE, LE],
  court: [LE, LE, LE],
  policeUnchecked: [{ refused: F_PAPERS }, { refused: F_PAPERS }, { refused: F_PAPERS }],
  lawNoBody: [{ refused: F }, { refused: F }, { refused: F }],
  otherBody: [{ refused: F }, { refused: F }, { refused: F }],
};

/** Every person who might try to approve. */
const APPROVERS: Record<string, { roles: Role[]; departmentId: number | null }> = {
  gm: { roles: ['general_manager'], departmentId: null },
  officeDirector: { roles: ['office_director'], departmentId: 1 },
  engineeringHead: { roles: ['dept_head'], departmentId: ENGINEERING },
  otherHead: { roles: ['dept_head'], departmentId: OTHER_DEPT },
  headWithoutDept: { roles: ['dept_head'], departmentId: null },
  archivist: { roles: ['archivist'], departmentId: 1 },
  receptionist: { roles: ['receptionist'], departmentId: 4 },
  admin: { roles: ['admin'], departmentId: null },
};

/** Who may approve, and the refusal everyone else gets, for a requirement. */
function approvalExpect(req: Requirement, who: string): string | null {
  const lawEnforcement = req.steps.includes('office_director_lends');
  if (req.role === 'general_manager') return who === 'gm' ? null : lawEnforcement ? F_GM : A;
  if (req.role === 'office_director') return who === 'officeDirector' ? null : B;
  if (who === 'engineeringHead') return null;
  return who === 'otherHead' || who === 'headWithoutDept' ? C_DEPT : C;
}

const LEVELS: DocLevel[] = ['A', 'B', 'C'];
const cases = Object.entries(MATRIX).flatMap(([name, outcomes]) => LEVELS.map((level, i) => ({ name, level, expected: outcomes[i] })));

describe('000 §5.6.4 borrowing matrix', () => {
  it.each(cases)('$name borrowing a $level-level document', ({ name, level, expected }) => {
    const b = BORROWERS[name];
    const doc: MatrixDocument = { level, category: b.category, publiclyPosted: b.posted, departmentId: ENGINEERING };
    const req = requiredApproval(doc, b.borrower);
    if (typeof expected === 'object') {
      expect(req).toMatchObject({ ok: false, reason: expected.refused });
      return;
    }
    expect(req).toMatchObject({ ok: true, role: expected });
    if (!req.ok) return;
    expect(req.departmentId).toBe(expected === 'dept_head' ? ENGINEERING : null);
    if (b.borrower.type === 'law_enforcement') {
      expect(req.steps).toEqual(['credentials_registered', 'office_director_lends']);
      expect(req.lenders).toEqual(['office_director']);
    } else {
      expect(req.steps).toEqual(expected === 'dept_head' ? ['via_office'] : []);
      expect(req.lenders).toEqual(['archivist', 'office_director']);
    }
    // Every approving role, including every one who may NOT approve, with the quoted rule.
    for (const [who, approver] of Object.entries(APPROVERS)) {
      const refusal = approvalExpect(req, who);
      const verdict = mayApprove(req, approver);
      if (refusal === null) expect(verdict, `${who} should approve`).toEqual({ ok: true });
      else expect(verdict, `${who} must not approve`).toMatchObject({ ok: false, reason: refusal });
    }
  });

  it('a person holding several roles approves with the one the level needs', () => {
    const req = requiredApproval({ level: 'C', category: 'b', publiclyPosted: false, departmentId: ENGINEERING }, { type: 'staff' });
    if (!req.ok) throw new Error('expected a requirement');
    expect(mayApprove(req, { roles: ['archivist', 'dept_head'], departmentId: ENGINEERING })).toEqual({ ok: true });
    expect(mayApprove(req, { roles: ['general_manager', 'office_director'], departmentId: 1 })).toMatchObject({ ok: false, reason: C });
  });

  it('owners: a drawing or a posted notice of any category, nothing else (000 §5.6.4 e)', () => {
    for (const category of ['a', 'c', 'd', 'e', 'f', '1', '2', '3', '4', '5', '6', '7']) {
      expect(requiredApproval({ level: 'C', category, publiclyPosted: false, departmentId: 1 }, { type: 'owner' })).toMatchObject({ ok: false, reason: E });
      expect(requiredApproval({ level: 'C', category, publiclyPosted: true, departmentId: 1 }, { type: 'owner' })).toMatchObject({ ok: true, role: 'dept_head' });
    }
  });

  it('the office lends; law enforcement only by the office director personally (000 §5.6.4 f)', () => {
    const desk = requiredApproval({ level: 'B', category: 'f', publiclyPosted: false, departmentId: 2 }, { type: 'staff' });
    const law = requiredApproval({ level: 'B', category: 'f', publiclyPosted: false, departmentId: 2 }, { type: 'law_enforcement', body: 'court', credentialsRegistered: true });
    if (!desk.ok || !law.ok) throw new Error('expected requirements');
    expect(mayLend(desk, ['archivist'])).toEqual({ ok: true });
    expect(mayLend(desk, ['receptionist'])).toMatchObject({ ok: false });
    expect(mayLend(law, ['archivist'])).toMatchObject({ ok: false, reason: F_GM });
    expect(mayLend(law, ['office_director'])).toEqual({ ok: true });
    expect(mayLend(law, ['general_manager'])).toMatchObject({ ok: false, reason: F_GM });
  });
});
