import { checkIdNumber, type IdProblem } from './id-number';

/** ID documents a visitor, a pass holder or a release slip's carrier may show (issue 3). */
export const ID_DOC_TYPES = ['resident_id', 'hk_macau_pass', 'taiwan_pass', 'passport', 'other'] as const;
export type IdDocType = (typeof ID_DOC_TYPES)[number];

export interface IdDocCheck {
  ok: boolean;
  /** Upper case, half-width, no spaces; a 15-digit resident ID upgraded to 18. */
  normalized: string;
  problems: IdProblem[];
}

/**
 * Shapes of the other documents, so a typo is caught while the person is still at the desk:
 * 港澳居民来往内地通行证 H/M + 8 digits (older cards 10), 台湾居民来往大陆通行证 8 digits (older 10),
 * passports 5–17 letters and digits. Residence permits of HK/Macau/Taiwan residents (81/82/83…) are resident IDs.
 */
const SHAPES: Record<Exclude<IdDocType, 'resident_id'>, RegExp> = {
  hk_macau_pass: /^[HM]\d{8}(\d{2})?$/,
  taiwan_pass: /^\d{8}(\d{2})?$/,
  passport: /^[A-Z0-9]{5,17}$/,
  other: /^.{2,40}$/u,
};

export function normalizeIdText(raw: string): string {
  return raw.normalize('NFKC').toUpperCase().replace(/\s+/g, '');
}

export function checkIdDocument(type: IdDocType, raw: string, today = new Date()): IdDocCheck {
  if (type === 'resident_id') {
    const c = checkIdNumber(raw, today);
    return { ok: c.ok, normalized: c.normalized, problems: c.problems };
  }
  const normalized = normalizeIdText(raw);
  const ok = SHAPES[type].test(normalized);
  return { ok, normalized, problems: ok ? [] : ['format'] };
}
