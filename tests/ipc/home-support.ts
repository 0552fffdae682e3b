import type { LendingTypeRow } from '../../src-shared/modules/lending';
import { USER_PASSWORD } from '../support/desk';
import { setupLfDesk, VALID_ID, type LfDesk } from './lostfound-support';

export { VALID_ID };

/** The lost-and-found desk (钱梅 receptionist, 赵刚 security, 周敏 customer service, 孙丽 GM) plus the rest of a shift. */
export interface ShiftDesk extends LfDesk {
  /** 李霞, the next receptionist. */
  next: string;
  /** 王芳, archivist. */
  archivist: string;
  unit1203: number;
  zhangWei: number;
  /** Everyone logs in again (the idle lock after moving the clock). */
  reloginAll(): Promise<void>;
  advanceMinutes(minutes: number): Promise<void>;
  credential(username: string, password?: string): { username: string; password: string };
}

/**
 * A desk at 2026-11-23 11:00 (Beijing) after a busy shift, seeded only through the modules' own channels:
 * visitors 3 in, 1 out (2 on site); parcels 3 waiting, one since 11-18 (over the 3 aging days); letters: 1 due today,
 * 1 due tomorrow; keys 2 out, 1 overdue; courtesy loans 2 out, 1 overdue; found items 3 in custody (a food item
 * expiring within a day, a phone that alerted the managers); nothing expired yet.
 */
export async function setupShiftDesk(): Promise<ShiftDesk> {
  const d = (await setupLfDesk('2026-11-18T09:00:00+08:00')) as ShiftDesk;
  const { t } = d;
  d.next = await t.createUser('lixia', '李霞', ['receptionist']);
  d.archivist = await t.createUser('wangfang', '王芳', ['archivist']);
  d.reloginAll = async () => {
    await d.relogin();
    d.next = await t.login('lixia');
    d.archivist = await t.login('wangfang');
  };
  d.advanceMinutes = async (minutes) => {
    t.clock.advance(minutes);
    await d.reloginAll();
  };
  d.credential = (username, password = USER_PASSWORD) => ({ username, password });
  const b3 = (await t.ok<{ id: number }>('directory.buildings.save', { name: '3' }, d.desk)).id;
  d.unit1203 = (await t.ok<{ id: number }>('directory.units.save', { buildingId: b3, entrance: '2', room: '1203' }, d.desk)).id;
  d.zhangWei = (
    await t.ok<{ id: number }>('directory.occupants.save', { unitId: d.unit1203, name: '张伟', kind: 'owner', phone: '13812345678', parcelConsent: true }, d.desk)
  ).id;
  const parcel = (trackingNo: string, over: Record<string, unknown> = {}) =>
    t.ok('mail.parcels.signIn', { trackingNo, carrier: 'SF', occupantId: d.zhangWei, ...over }, d.desk);

  // 11-18 09:00: a parcel that will wait five days.
  await parcel('SF1385628716739');
  await d.advanceMinutes(5 * 24 * 60);

  // 11-23 09:00: the shift's work.
  await parcel('YT8962646785389', { carrier: 'YTO' });
  await parcel('JT5261988016578', { carrier: 'JT', occupantId: undefined, recipientName: '赵敏', recipientPhone: '13900002222' });
  await t.ok('mail.letters.register', { kind: 'letter', occupantId: d.zhangWei }, d.desk);
  await t.ok('mail.settings.update', { letterDueDays: 1 }, d.gm);
  await t.ok('mail.letters.register', { kind: 'letter', occupantId: d.zhangWei }, d.desk);

  const visitor = (name: string, idNumber: string) =>
    t.ok<{ id: number }>(
      'visitors.checkIn',
      { name, idType: 'resident_id', idNumber, phone: '13912345678', company: '华为技术有限公司', purpose: '商务洽谈', unitId: d.unit1203, occupantId: d.zhangWei, partySize: 2 },
      d.desk,
    );
  await visitor('王建华', '110101199003078670');
  await visitor('刘洋', VALID_ID);
  const gone = await visitor('陈静', '440305198503120044');
  await t.ok('visitors.checkOut', { id: gone.id }, d.desk);

  const engineer = t.desk.store.db.prepare(`SELECT id FROM users WHERE username = 'zhoumin'`).pluck().get() as number;
  const door = await t.ok<{ id: number }>('keys.save', { name: '入户门钥匙', category: 'unit', unitId: d.unit1203, place: '入户门', cabinet: 'A柜' }, d.desk);
  const gate = await t.ok<{ id: number }>('keys.save', { name: '车库道闸钥匙', category: 'vehicle', place: '地下车库道闸', cabinet: 'A柜' }, d.desk);
  await t.ok('keys.lend', { id: door.id, borrower: { kind: 'staff', userId: engineer }, reason: '空置单元验房', expectedAt: '2026-11-23T10:00:00+08:00' }, d.desk);
  await t.ok('keys.lend', { id: gate.id, borrower: { kind: 'staff', userId: engineer }, reason: '道闸维修', expectedAt: '2026-11-24T09:00:00+08:00' }, d.desk);

  const types = Object.fromEntries((await t.ok<LendingTypeRow[]>('lending.types.list', {}, d.desk)).map((r) => [r.name, r]));
  await t.ok('lending.lend', { typeId: types['雨伞'].id, occupantId: d.zhangWei, dueAt: '2026-11-23T10:30:00+08:00' }, d.desk);
  await t.ok('lending.lend', { typeId: types['手推车'].id, occupantId: d.zhangWei, dueAt: '2026-11-24T10:30:00+08:00' }, d.desk);

  await d.intake();
  await d.intake({ name: '蛋糕', category: 'food', features: '纸盒装生日蛋糕' });
  await d.intake({ name: '华为手机', category: 'phones_electronics', features: '黑色，屏幕左上角有裂痕', placeId: d.safe.id, countedBy: d.counter });

  await d.advanceMinutes(2 * 60);
  return d;
}
