import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VisitRow } from '../../src-shared/modules/visitors';
import { fullScans, planOf, sqlDuring } from '../support/plans';
import { LIU_ID, setupVisitorsDesk, wangAt, type VisitorsDesk } from './visitors-support';

let v: VisitorsDesk;
beforeEach(async () => {
  v = await setupVisitorsDesk();
});
afterEach(() => v.t.close());

const wang = (over: Record<string, unknown> = {}) => wangAt(v.unit1203, v.zhangWei, over);
const checkIn = (input: Record<string, unknown>) => v.t.ok<VisitRow>('visitors.checkIn', input, v.desk);

describe('check-in queries at scale', () => {
  it('reach every row they need along an index: no check-in reads the whole of visits, people, the blocklist or the audit trail', async () => {
    const { t, desk, guard } = v;
    const db = t.desk.store.db;
    await t.ok('visitors.blocklist.save', { name: '李四', phone: '13611112222', reason: '推销骚扰' }, guard);
    await t.ok('visitors.blocklist.save', { name: '赵某', idNumber: LIU_ID, reason: '多次强行闯入' }, guard);
    const b3 = (await t.ok<{ id: number; name: string }[]>('directory.buildings.list', {}, desk)).find((b) => b.name === '3栋')!.id;
    const pass = await t.ok<{ number: string }>('passes.issue', {
      holderName: '王师傅', idType: 'resident_id', idNumber: '110101199003078670', phone: '13912345678', company: '光明乳业',
      category: 'milk', validFrom: '2026-11-20', validTo: '2026-11-30', buildingIds: [b3],
    }, desk);
    const first = await checkIn(wang());
    await t.ok('visitors.checkOut', { id: first.id }, desk);
    const seen = await sqlDuring(db, async () => {
      await checkIn(wang()); // returning: is this person on site already?
      await checkIn(wang({ name: '刘洋', idType: 'hk_macau_pass', idNumber: 'h12345678', phone: '13700001111', plate: '' })); // new
    });
    // The lookups the check-in rules make: number of the day, returning visitor, on site already, blocklist, audit chain.
    for (const pattern of [/max\(seq\)/, /person_key = \?/, /v\.person_id = \?/, /FROM visitor_blocklist/, /FROM audit_log/]) {
      expect(seen.some((s) => pattern.test(s)), String(pattern)).toBe(true);
    }
    for (const sql of seen.filter((s) => /^\s*(SELECT|WITH)/i.test(s))) expect(fullScans(db, sql), sql).toEqual([]);
    // Each half of the blocklist check along its own partial index; the open visit of one person along visits_person.
    const planOfMatch = (list: string[], re: RegExp) => planOf(db, list.find((s) => re.test(s))!).join(' | ');
    expect(planOfMatch(seen, /FROM visitor_blocklist/)).toMatch(/visitor_blocklist_id \(id_number=\?\).*visitor_blocklist_phone \(phone=\?\)/);
    expect(planOfMatch(seen, /v\.person_id = \?/)).toContain('USING INDEX visits_person (person_id=? AND checked_out_at=?)');
    // A pass holder scanning in: is this pass on site already, without reading every open visit.
    const byPass = await sqlDuring(db, () => t.ok('visitors.checkInByPass', { number: pass.number }, desk));
    const openOfPass = byPass.filter((s) => /v\.pass_id = \?/.test(s));
    expect(openOfPass).toHaveLength(1);
    expect(planOfMatch(openOfPass, /v\.pass_id = \?/)).toContain('USING INDEX visits_open_pass (pass_id=?)');
  });
});
