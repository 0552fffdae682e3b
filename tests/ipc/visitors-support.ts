import { setupDesk, testClock, type TestDesk } from '../support/desk';

export const WANG_ID = '110101199003078670';
export const LIU_ID = '11010519491231002X';

export interface VisitorsDesk {
  t: TestDesk;
  desk: string;
  guard: string;
  admin: string;
  unit1203: number;
  unit0801: number;
  zhangWei: number;
}

/** A desk with a receptionist, a security manager, 3栋2单元1203 (张伟, owner) and 5栋1单元0801. */
export async function setupVisitorsDesk(): Promise<VisitorsDesk> {
  const t = await setupDesk({ clock: testClock('2026-11-20T09:00:00+08:00') });
  const desk = await t.createUser('qianmei', '钱梅', ['receptionist']);
  const guard = await t.createUser('zhaogang', '赵刚', ['security_manager']);
  const b3 = (await t.ok<{ id: number }>('directory.buildings.save', { name: '3' }, desk)).id;
  const b5 = (await t.ok<{ id: number }>('directory.buildings.save', { name: '5' }, desk)).id;
  const unit1203 = (await t.ok<{ id: number }>('directory.units.save', { buildingId: b3, entrance: '2', room: '1203' }, desk)).id;
  const unit0801 = (await t.ok<{ id: number }>('directory.units.save', { buildingId: b5, entrance: '1', room: '0801' }, desk)).id;
  const zhangWei = (await t.ok<{ id: number }>('directory.occupants.save', { unitId: unit1203, name: '张伟', kind: 'owner', phone: '13812345678' }, desk)).id;
  return { t, desk, guard, admin: t.adminToken, unit1203, unit0801, zhangWei };
}

/** 王建华 of 华为 visiting 张伟 with one companion by car: the usual check-in. */
export const wangAt = (unitId: number, occupantId: number, over: Record<string, unknown> = {}) => ({
  name: '王建华',
  idType: 'resident_id',
  idNumber: WANG_ID,
  phone: '13912345678',
  company: '华为技术有限公司',
  purpose: '商务洽谈',
  unitId,
  occupantId,
  partySize: 2,
  plate: '粤b·d12345',
  ...over,
});
