import dayjs from 'dayjs';
import { DeskError } from '../../../src-shared/errors';
import { checkIdNumber } from '../../../src-shared/rules/id-number';
import { PHOTO_MAX_BYTES, type IdDocType } from '../../../src-shared/modules/passes';

const PROBLEMS: Record<string, string> = { format: '应为 18 位（或 15 位）', region: '地区码不存在', birth: '出生日期不正确', checksum: '校验位不正确' };

/** 居民身份证 numbers must pass GB 11643 (15 digits upgraded to 18); other documents are recorded as typed. */
export function checkedIdNumber(type: IdDocType, raw: string, field: string, today: Date): string {
  const value = raw.trim().normalize('NFKC').toUpperCase();
  if (type !== 'resident_id') return value;
  const check = checkIdNumber(value, today);
  if (!check.ok) {
    const why = check.problems.map((p) => PROBLEMS[p]).join('，');
    throw new DeskError('VALIDATION', {}, { [field]: `身份证号码校验不通过：${why}` });
  }
  return check.normalized;
}

/** A calendar date that exists (2026-02-30 does not). */
export function realDate(value: string, field: string): string {
  const d = dayjs(value, 'YYYY-MM-DD');
  if (!d.isValid() || d.format('YYYY-MM-DD') !== value) throw new DeskError('VALIDATION', {}, { [field]: '日期不存在' });
  return value;
}

/** A PNG or JPEG photo, recognised by its magic bytes, at most 500 kB. */
export function checkedPhoto(base64: string): { bytes: Buffer; mime: 'image/png' | 'image/jpeg' } {
  const clean = base64.replace(/^data:image\/[a-z]+;base64,/, '');
  const bytes = Buffer.from(clean, 'base64');
  if (bytes.length === 0 || bytes.length > PHOTO_MAX_BYTES) {
    throw new DeskError('VALIDATION', {}, { photoBase64: '照片须为不超过 500 kB 的 PNG 或 JPEG 图片' });
  }
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return { bytes, mime: 'image/png' };
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { bytes, mime: 'image/jpeg' };
  throw new DeskError('VALIDATION', {}, { photoBase64: '照片须为 PNG 或 JPEG 图片' });
}
