import type { Database, Statement } from 'better-sqlite3';
import dayjs from 'dayjs';
import { checkDigit } from '../../../src-shared/rules/id-number';

/** A small seeded generator (mulberry32): the same scale always builds the same data set. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T,>(list: readonly T[]): T => list[int(list.length)];
  const digits = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += String(int(10));
    return s;
  };
  return { next, int, pick, digits };
}
export type Rng = ReturnType<typeof rng>;

export const SURNAMES = [...'王李张刘陈杨黄赵吴周'];
const GIVEN = [...'建华伟芳军敏静丽强磊洋艳勇杰娟涛明超秀霞平刚桂英文玉兰志红海峰春梅国庆晓东丹亮鹏飞宇浩婷雪琳欣怡子涵俊佳'];

/** `王建华`, `李敏`: one of ten common surnames and one or two given characters. */
export function chineseName(r: Rng): string {
  const given = r.next() < 0.7 ? r.pick(GIVEN) + r.pick(GIVEN) : r.pick(GIVEN);
  return r.pick(SURNAMES) + given;
}

export const COMPANIES = ['顺达装饰工程有限公司', '华润物业服务', '深圳市宏图科技有限公司', '美团外卖', '中国电信', '万科物业', '安居家政服务部', '平安保险', '联通营业厅', '京东到家'];

export const phone = (r: Rng): string => `1${r.pick(['3', '5', '7', '8', '9'])}${r.digits(9)}`;

const REGIONS = ['440305', '440106', '110105', '310115', '330106', '320102', '510104', '420102', '430103', '370202'];

/** A resident ID number that passes id-number.ts: a real region, a real birth date, the ISO 7064 check digit. */
export function idNumber(r: Rng): string {
  const birth = dayjs('1950-01-01').add(r.int(365 * 55), 'day').format('YYYYMMDD');
  const first17 = `${r.pick(REGIONS)}${birth}${r.digits(3)}`;
  return first17 + checkDigit(first17);
}

const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** `粤BD12345` (new energy) or `粤B7K2M9` shaped ordinary plates, as stored (normalised, no dot). */
export function plate(r: Rng): string {
  const office = PLATE_LETTERS[r.int(PLATE_LETTERS.length)];
  const province = r.next() < 0.8 ? '粤' : r.pick([...'京沪湘赣桂闽']);
  if (r.next() < 0.4) return `${province}${office}${r.pick(['D', 'F'])}${r.digits(5)}`;
  let tail = '';
  for (let i = 0; i < 5; i++) tail += r.next() < 0.3 ? PLATE_LETTERS[r.int(PLATE_LETTERS.length)] : String(r.int(10));
  return `${province}${office}${tail}`;
}

/** The desk's local day and ISO instant of a moment (the desk keeps Beijing time). */
export const dayOf = (at: Date): string => dayjs(at).format('YYYY-MM-DD');
export const iso = (at: Date): string => at.toISOString();

/** Runs `fill(from, to)` over [0, total) in transactions of `chunk` rows, so a million rows never sit in one journal. */
export function inChunks(db: Database, total: number, fill: (from: number, to: number) => void, chunk = 20_000): void {
  for (let from = 0; from < total; from += chunk) {
    const to = Math.min(total, from + chunk);
    db.transaction(() => fill(from, to))();
  }
}

/**
 * The connection with its statements cached. A module's `put` prepares the same three statements for every row it
 * indexes; cached, it writes exactly the same rows a sixth faster, which full scale needs to load in minutes.
 */
export function cachingDb(db: Database): Database {
  const cache = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    let stmt = cache.get(sql);
    if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
    return stmt;
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** What every generator gets: the store, the sizes, the pinned clock and the user the rows are written by. */
export interface GenContext {
  db: Database;
  now: Date;
  userId: number;
  r: Rng;
}
