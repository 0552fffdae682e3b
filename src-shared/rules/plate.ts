/**
 * Mainland vehicle plates (GA 36): province abbreviation, issuing-office letter, then
 * - ordinary plates: 5 letters/digits, the last may be 挂/学/警/港/澳 (`粤B12345`, `粤B1234学`);
 * - new-energy small cars: D or F, a letter or digit, 4 digits (`粤BD12345`, `粤BDA1234`);
 * - new-energy large vehicles: 5 digits, then D or F (`粤B12345D`).
 * I and O are never used as letters.
 */
const PROVINCE = '[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领]';
const L = 'A-HJ-NP-Z';
const ORDINARY = new RegExp(`^${PROVINCE}[${L}][${L}0-9]{4}[${L}0-9挂学警港澳]$`);
const NEV_SMALL = new RegExp(`^${PROVINCE}[${L}][DF][${L}0-9]\\d{4}$`);
const NEV_LARGE = new RegExp(`^${PROVINCE}[${L}]\\d{5}[DF]$`);

/** Full-width to half-width, upper case, without the spaces, dots and dashes people type inside plates. */
export function normalizePlate(raw: string): string {
  return raw.normalize('NFKC').toUpperCase().replace(/[\s·.\-•]/g, '');
}

export type PlateKind = 'ordinary' | 'new_energy';

export function plateKind(raw: string): PlateKind | null {
  const p = normalizePlate(raw);
  if (NEV_SMALL.test(p) || NEV_LARGE.test(p)) return 'new_energy';
  if (ORDINARY.test(p)) return 'ordinary';
  return null;
}

export const isMainlandPlate = (raw: string): boolean => plateKind(raw) !== null;
