import { DeskError } from '../../../src-shared/errors';
import { LOGO_MAX_BYTES } from '../../../src-shared/modules/settings';
import { keyedSettings } from './keyed';

/** The print logo, kept under `print.logo` as a data URL (issue 8: organisation name and logo in register headers). */
export const printSettings = keyedSettings('print', { logo: null as string | null });

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG or JPEG recognised by its magic bytes (not by what the caller says it is), as a data URL. */
export function checkedLogo(raw: string): string {
  const bytes = Buffer.from(raw.replace(/^data:image\/[a-z]+;base64,/, ''), 'base64');
  if (bytes.length === 0 || bytes.length > LOGO_MAX_BYTES) {
    throw new DeskError('VALIDATION', {}, { logoBase64: '标志须为不超过 200 kB 的 PNG 或 JPEG 图片' });
  }
  const mime = bytes.subarray(0, 8).equals(PNG) ? 'image/png' : bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff ? 'image/jpeg' : null;
  if (!mime) throw new DeskError('VALIDATION', {}, { logoBase64: '标志须为 PNG 或 JPEG 图片' });
  return `data:${mime};base64,${bytes.toString('base64')}`;
}
