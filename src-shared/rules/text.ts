import { z } from 'zod';

/** Strips control and bidi-override characters that could disguise what a register shows. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/** A trimmed single-line text of bounded length, free of control and bidi characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !UNSAFE.test(s), { message: 'unsafe_chars' });

export const requiredText = (max: number) => text(max).pipe(z.string().min(1));

export const id = z.number().int().positive();

/** Mainland mobile (1[3-9]xxxxxxxxx) or landline (0xx-xxxxxxx[-ext]); empty allowed where optional. */
export const PHONE_RE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
export const phone = z.string().trim().regex(PHONE_RE, { message: 'phone' });

/** Masks all but the first 4 and last 4 characters (1101**********1234): enough to confirm, not to copy. */
export function maskIdNumber(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  return value.slice(0, 4) + '*'.repeat(value.length - 8) + value.slice(-4);
}

/** Masks the middle of a phone number (139****5678, 075*****1234): enough to recognise, not to call. */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length === 0) return '';
  if (digits.length <= 4) return '*'.repeat(digits.length);
  if (digits.length < 8) return '*'.repeat(digits.length - 4) + digits.slice(-4);
  return digits.slice(0, 3) + '*'.repeat(digits.length - 7) + digits.slice(-4);
}
