import type { MailItemRow } from '../../src-shared/modules/mail';
import { setupDesk, testClock, type TestDesk } from '../support/desk';

/** A 1×1 PNG: what the signature pad sends, in the smallest valid form. */
export const SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export interface MailDesk {
  t: TestDesk;
  desk: string;
  manager: string;
  unit1203: number;
  unit0801: number;
  zhangWei: number;
  liNa: number;
  /** Occupant of 0801 who has not consented to desk collection. */
  zhouJie: number;
  signIn(trackingNo: string, over?: Record<string, unknown>): Promise<MailItemRow>;
}

/** A desk with a receptionist, a general manager, two units and three occupants (one without parcel consent). */
export async function setupMailDesk(start = '2026-11-20T09:00:00+08:00'): Promise<MailDesk> {
  const t = await setupDesk({ clock: testClock(start) });
  const desk = await t.createUser('qianmei', '钱梅', ['receptionist']);
  const manager = await t.createUser('sunli', '孙丽', ['general_manager']);
  const b3 = (await t.ok<{ id: number }>('directory.buildings.save', { name: '3' }, desk)).id;
  const b5 = (await t.ok<{ id: number }>('directory.buildings.save', { name: '5' }, desk)).id;
  const unit1203 = (await t.ok<{ id: number }>('directory.units.save', { buildingId: b3, entrance: '2', room: '1203' }, desk)).id;
  const unit0801 = (await t.ok<{ id: number }>('directory.units.save', { buildingId: b5, entrance: '1', room: '0801' }, desk)).id;
  const occupant = async (unitId: number, name: string, phone: string, parcelConsent: boolean) =>
    (await t.ok<{ id: number }>('directory.occupants.save', { unitId, name, kind: 'owner', phone, parcelConsent }, desk)).id;
  const zhangWei = await occupant(unit1203, '张伟', '13812345678', true);
  const liNa = await occupant(unit1203, '李娜', '13698765432', true);
  const zhouJie = await occupant(unit0801, '周杰', '13512348888', false);
  const md: MailDesk = {
    t, desk, manager, unit1203, unit0801, zhangWei, liNa, zhouJie,
    // Reads the token at call time: tests log in again after moving the clock.
    signIn: (trackingNo, over = {}) => t.ok<MailItemRow>('mail.parcels.signIn', { trackingNo, carrier: 'SF', occupantId: zhangWei, ...over }, md.desk),
  };
  return md;
}
