/**
 * Guessing the courier company from a tracking number, so the desk can pre-fill it when a parcel is logged.
 *
 * Carriers do not publish their number formats; the rules below come from commonly seen waybills and are
 * approximate on purpose. A guess is only a suggestion the clerk confirms, so an unknown but well-formed number
 * is never refused: new carriers and new number ranges appear faster than this table is updated.
 *
 * Score scale (per rule; a courier's score is its best matching rule):
 *   90–95  the carrier's own letter prefix (SF…, JT…, DPK…) or an S10 number whose prefix/suffix is telling;
 *   55–85  other S10 numbers and the more distinctive digit ranges;
 *   35–55  digit-only ranges, some shared between carriers — the ranking is a hint, not an answer;
 *   < 35   legacy formats that overlap a live carrier's range.
 */

export interface CourierRule {
  re: RegExp;
  score: number;
  note?: string;
}

interface CourierDef {
  code: string;
  /** Short Chinese name as printed on waybills and used at the counter. */
  name: string;
  rules: readonly CourierRule[];
}

// Kept as a literal so the code union (and the z.enum tuple) is derived from this one table: adding a courier
// is one entry here and nothing else. Order matters: it breaks score ties, so bigger networks come first.
const TABLE = [
  {
    code: 'SF',
    name: '顺丰速运',
    rules: [{ re: /^SF\d{12,13}$/, score: 95 }],
  },
  {
    code: 'JD',
    name: '京东物流',
    rules: [{ re: /^JD[A-Z0-9]{13,15}$/, score: 95, note: 'JDV…, JDX…, JDAZ…' }],
  },
  {
    code: 'EMS',
    name: 'EMS',
    rules: [
      { re: /^E[A-Z]\d{9}CN$/, score: 95, note: 'S10, EMS service letter, posted in China' },
      { re: /^E[A-Z]\d{9}[A-Z]{2}$/, score: 85, note: 'S10 inbound EMS, delivered in China by EMS' },
      { re: /^1[01]\d{11}$/, score: 50, note: 'domestic EMS' },
      { re: /^5[01]\d{11}$/, score: 45, note: 'domestic EMS' },
      { re: /^1\d{12}$/, score: 35, note: 'domestic EMS, less common prefixes' },
    ],
  },
  {
    code: 'POST',
    name: '中国邮政',
    rules: [
      { re: /^[A-DF-Z][A-Z]\d{9}CN$/, score: 90, note: 'S10 registered/parcel posted in China' },
      { re: /^[A-DF-Z][A-Z]\d{9}[A-Z]{2}$/, score: 85, note: 'S10 inbound international item' },
      // EMS belongs to China Post; an E-item occasionally reaches the desk through the post office.
      { re: /^E[A-Z]\d{9}[A-Z]{2}$/, score: 60, note: 'S10 EMS item' },
      { re: /^9[789]\d{11}$/, score: 55, note: 'domestic parcel (快递包裹)' },
    ],
  },
  {
    code: 'ZTO',
    name: '中通快递',
    rules: [
      { re: /^7[3-9]\d{12}$/, score: 70, note: '14 digits, 73…/75…/78…' },
      { re: /^7\d{13}$/, score: 55 },
      { re: /^[5-7]\d{11}$/, score: 50, note: '12 digits' },
    ],
  },
  {
    code: 'YTO',
    name: '圆通速递',
    rules: [{ re: /^YT\d{13}$/, score: 95 }],
  },
  {
    code: 'STO',
    name: '申通快递',
    rules: [
      { re: /^77\d{13}$/, score: 55, note: '15 digits' },
      { re: /^(77|88|55|66)\d{11}$/, score: 50, note: '13 digits' },
    ],
  },
  {
    code: 'YUNDA',
    name: '韵达速递',
    rules: [
      { re: /^(31|43|46|10|12|19)\d{11}$/, score: 50, note: '13 digits' },
      { re: /^4\d{14}$/, score: 50, note: '15 digits' },
    ],
  },
  {
    code: 'JT',
    name: '极兔速递',
    rules: [{ re: /^JT\d{13}$/, score: 95 }],
  },
  {
    code: 'DEPPON',
    name: '德邦快递',
    rules: [
      { re: /^DPK\d{12}$/, score: 95 },
      { re: /^\d{8,10}$/, score: 40, note: 'older all-digit waybills' },
    ],
  },
  {
    code: 'CAINIAO',
    name: '菜鸟',
    rules: [
      { re: /^LP\d{14,16}$/, score: 95 },
      { re: /^CNB?\d{10,20}$/, score: 85 },
    ],
  },
  {
    // Absorbed by J&T in 2021; kept so old labels still get a name, scored below every live carrier.
    code: 'BEST',
    name: '百世快递',
    rules: [
      { re: /^[ABDE]\d{12}$/, score: 35 },
      { re: /^5[01]\d{12}$/, score: 35, note: '14 digits' },
      { re: /^7\d{13}$/, score: 20, note: 'overlaps ZTO, which is far more likely today' },
    ],
  },
] as const satisfies readonly CourierDef[];

export type CourierCode = (typeof TABLE)[number]['code'];

export interface Courier {
  code: CourierCode;
  name: string;
  rules: readonly CourierRule[];
}

export const COURIERS: readonly Courier[] = TABLE;

// The cast only restores the non-empty tuple shape z.enum wants; the values are read off the table itself.
export const COURIER_CODES = TABLE.map((c) => c.code) as readonly CourierCode[] as readonly [
  CourierCode,
  ...CourierCode[],
];

const NAMES = new Map<string, string>(TABLE.map((c) => [c.code, c.name]));

/** Accepts any string because stored records may carry a code later dropped from the table; those show as-is. */
export function courierName(code: string): string {
  return NAMES.get(code) ?? code;
}

// People paste numbers from apps and SMS with spaces, dashes of every kind, dots, slashes and invisible
// format characters (zero-width spaces, bidi marks); none of them is ever part of a waybill number.
const SEPARATORS = /[\s\p{Pd}\p{Cf}._·•・/\\|,，、;；:：'"‘’“”]/gu;

/** Full-width to half-width, upper case, separators removed. */
export function normalizeTracking(raw: string): string {
  return raw.normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
}

const S10 = /^[A-Z]{2}\d{9}[A-Z]{2}$/;
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

/** UPU S10 (international postal item): 2 letters, 8-digit serial, check digit, ISO country code. */
export function isS10Shape(no: string): boolean {
  return S10.test(normalizeTracking(no));
}

export function s10CheckDigitOk(no: string): boolean {
  const n = normalizeTracking(no);
  if (!S10.test(n)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(n[2 + i]) * S10_WEIGHTS[i];
  const c = 11 - (sum % 11);
  const expected = c === 10 ? 0 : c === 11 ? 5 : c;
  return Number(n[10]) === expected;
}

export interface CourierCandidate {
  code: CourierCode;
  name: string;
  score: number;
}

export type CourierProblem = 'empty' | 'shape' | 's10CheckDigit';

export interface CourierDetection {
  /** Normalized number: what should be stored and searched. */
  number: string;
  /** Best first, one entry per courier, ties in table order. */
  candidates: CourierCandidate[];
  problem: CourierProblem | null;
}

// Long enough to reject a stray keystroke, short enough for any real waybill; letters and digits only because
// that is all carriers print, and anything else left after normalization is a typo.
const WELL_FORMED = /^[A-Z0-9]{6,40}$/;

export function detectCourier(raw: string): CourierDetection {
  const number = normalizeTracking(raw);
  if (number === '') return { number, candidates: [], problem: 'empty' };
  if (!WELL_FORMED.test(number)) return { number, candidates: [], problem: 'shape' };
  // S10 has a real check digit, so a mismatch is certainly a typo; the S10 rules in the table rely on this guard.
  if (S10.test(number) && !s10CheckDigitOk(number)) return { number, candidates: [], problem: 's10CheckDigit' };

  const candidates: CourierCandidate[] = [];
  for (const c of COURIERS) {
    let best = -1;
    for (const r of c.rules) if (r.score > best && r.re.test(number)) best = r.score;
    if (best >= 0) candidates.push({ code: c.code, name: c.name, score: best });
  }
  // Array.prototype.sort is stable, so equal scores keep table order.
  candidates.sort((a, b) => b.score - a.score);
  return { number, candidates, problem: null };
}

/**
 * Where live carriers' digit ranges overlap, their scores sit within 15 points of each other, so a 20-point lead
 * only happens when the top guess comes from a more telling rule (a letter prefix, an S10 service letter) or the
 * runner-up is a legacy format.
 */
export const SURE_MARGIN = 20;

/** Whether the top guess is safe to pre-select without asking the clerk to choose. */
export function isSure(d: CourierDetection): boolean {
  const [top, second] = d.candidates;
  if (top === undefined) return false;
  return second === undefined || top.score - second.score >= SURE_MARGIN;
}
