import type { LfItemRow, LfPlaceRow } from '../../src-shared/modules/lostfound';
import { setupDesk, storeFingerprint, testClock, USER_PASSWORD, type TestDesk } from '../support/desk';

export { SIGNATURE } from './mail-support';

/** A valid 居民身份证 number (GB 11643 check digit X). */
export const VALID_ID = '11010519491231002X';

export interface LfDesk {
  t: TestDesk;
  /** 钱梅, receptionist. */
  desk: string;
  /** 赵刚, security manager. */
  security: string;
  /** 周敏, customer-service manager. */
  service: string;
  /** 孙丽, general manager. */
  gm: string;
  safe: LfPlaceRow;
  office: LfPlaceRow;
  relogin(): Promise<void>;
  /** Advances the clock by days and logs everyone in again (the idle lock). */
  advanceDays(days: number): Promise<void>;
  intake(over?: Record<string, unknown>, token?: string): Promise<LfItemRow>;
  /** The security manager's credential, typed on the spot as the second person counting. */
  counter: { username: string; password: string };
  fingerprint(): string;
}

/** A desk with a receptionist, a security manager, a customer-service manager and a general manager. */
export async function setupLfDesk(start = '2026-11-23T09:00:00+08:00'): Promise<LfDesk> {
  const t = await setupDesk({ clock: testClock(start) });
  const desk = await t.createUser('qianmei', '钱梅', ['receptionist']);
  const security = await t.createUser('zhaogang', '赵刚', ['security_manager']);
  const service = await t.createUser('zhoumin', '周敏', ['service_manager']);
  const gm = await t.createUser('sunli', '孙丽', ['general_manager']);
  const places = await t.ok<LfPlaceRow[]>('lostfound.places.list', {}, desk);
  const d: LfDesk = {
    t, desk, security, service, gm,
    safe: places.find((p) => p.kind === 'safe') as LfPlaceRow,
    office: places.find((p) => p.name === '保安部') as LfPlaceRow,
    relogin: async () => {
      d.desk = await t.login('qianmei');
      d.security = await t.login('zhaogang');
      d.service = await t.login('zhoumin');
      d.gm = await t.login('sunli');
    },
    advanceDays: async (days) => {
      t.clock.advance(days * 24 * 60);
      await d.relogin();
    },
    intake: (over = {}, token) =>
      t.ok<LfItemRow>(
        'lostfound.intake',
        {
          name: '黑色雨伞',
          category: 'other',
          quantity: 1,
          features: '伞柄缠红色胶带，伞面有白色小熊图案',
          foundPlace: '3栋大堂休息区',
          noticePlace: '3栋大堂',
          finderKind: 'staff',
          finderName: '保洁员刘芳',
          placeId: d.office.id,
          ...over,
        },
        token ?? d.desk,
      ),
    counter: { username: 'zhaogang', password: USER_PASSWORD },
    fingerprint: () => storeFingerprint(t.desk),
  };
  return d;
}
