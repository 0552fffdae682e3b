import type { LendingTypeRow } from '../../src-shared/modules/lending';
import { setupDesk, testClock, type TestDesk } from '../support/desk';

export { SIGNATURE } from './mail-support';

/** A valid 居民身份证 number (GB 11643 check digit X). */
export const VALID_ID = '11010519491231002X';

export interface LendingDesk {
  t: TestDesk;
  desk: string;
  manager: string;
  security: string;
  unit1203: number;
  zhangWei: number;
  types: Record<string, LendingTypeRow>;
  relogin(): Promise<void>;
}

/** A desk with a receptionist, a general manager, a security manager, one unit and its occupant 张伟. */
export async function setupLendingDesk(start = '2026-11-20T09:00:00+08:00'): Promise<LendingDesk> {
  const t = await setupDesk({ clock: testClock(start) });
  const desk = await t.createUser('qianmei', '钱梅', ['receptionist']);
  const manager = await t.createUser('sunli', '孙丽', ['general_manager']);
  const security = await t.createUser('zhaogang', '赵刚', ['security_manager']);
  const b3 = (await t.ok<{ id: number }>('directory.buildings.save', { name: '3' }, desk)).id;
  const unit1203 = (await t.ok<{ id: number }>('directory.units.save', { buildingId: b3, entrance: '2', room: '1203' }, desk)).id;
  const zhangWei = (await t.ok<{ id: number }>('directory.occupants.save', { unitId: unit1203, name: '张伟', kind: 'owner', phone: '13812345678' }, desk)).id;
  const list = await t.ok<LendingTypeRow[]>('lending.types.list', {}, desk);
  const ld: LendingDesk = {
    t, desk, manager, security, unit1203, zhangWei,
    types: Object.fromEntries(list.map((r) => [r.name, r])),
    relogin: async () => {
      ld.desk = await t.login('qianmei');
      ld.manager = await t.login('sunli');
      ld.security = await t.login('zhaogang');
    },
  };
  return ld;
}
