/**
 * Mainland resident ID numbers (居民身份证号码, GB 11643-1999): 6-digit region code, 8-digit birth date, 3-digit
 * sequence, check character by ISO 7064 MOD 11-2. Residence permits for Hong Kong, Macau and Taiwan residents use
 * the same format with regions 810000, 820000, 830000.
 */

/** Province-level prefixes of GB/T 2260, plus 71 (Taiwan) and the residence-permit prefixes 81/82/83. */
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44',
  '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83',
]);
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type IdProblem = 'format' | 'region' | 'birth' | 'checksum';

export interface IdCheck {
  ok: boolean;
  /** The 18-character number (a 15-digit one upgraded), upper-case X. */
  normalized: string;
  problems: IdProblem[];
  birthDate: string | null;
  permit: 'hk' | 'mo' | 'tw' | null;
}

export function checkDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** 15-digit numbers (issued before 1999) have a 2-digit year of the 1900s and no check digit. */
export function upgradeId15(id15: string): string {
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + checkDigit(first17);
}

function validDate(yyyymmdd: string, today: Date): string | null {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  // 1800: the standard's own example 440524188001010014 is born in 1880.
  if (y < 1800 || date.getTime() > today.getTime()) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

export function checkIdNumber(raw: string, today = new Date()): IdCheck {
  let id = raw.trim().toUpperCase().normalize('NFKC');
  if (/^\d{15}$/.test(id)) id = upgradeId15(id);
  const result: IdCheck = { ok: false, normalized: id, problems: [], birthDate: null, permit: null };
  if (!/^\d{17}[\dX]$/.test(id)) {
    result.problems.push('format');
    return result;
  }
  if (!PROVINCES.has(id.slice(0, 2))) result.problems.push('region');
  result.permit = ({ '81': 'hk', '82': 'mo', '83': 'tw' } as const)[id.slice(0, 2) as '81' | '82' | '83'] ?? null;
  result.birthDate = validDate(id.slice(6, 14), today);
  if (!result.birthDate) result.problems.push('birth');
  if (checkDigit(id.slice(0, 17)) !== id[17]) result.problems.push('checksum');
  result.ok = result.problems.length === 0;
  return result;
}
