/**
 * The archive index number 索引号 (000 §5.3): `*-*.*-**` = category code - cabinet number . serial of the cabinets
 * sharing that number - box number in two digits, e.g. `f-3.1-02` (owner files, cabinet 3 no. 1, box 02) or
 * `6-12.2-07` (photos, cabinet 12 no. 2, box 07).
 *
 * Decisions (pure, shared by main and the renderer):
 * - Full-width characters typed with a Chinese input method (`ｆ－３．１－０２`, `。` for the dot, long dashes) are
 *   normalised to the printed form, and so is an upper-case category letter (a scanner with Caps Lock): a person
 *   reads them as the same number. Spaces around the parts are dropped.
 * - Everything else is refused with a precise problem: unknown category, missing part, leading zeros in the cabinet or
 *   serial (labels never print them, so `03` is a typo, not another cabinet), a box that is not exactly two digits,
 *   numbers out of range (cabinet 1–999, serial 1–99, box 01–99 — the store's limits).
 */

export const CONTROLLED_CATEGORIES = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export const UNCONTROLLED_CATEGORIES = ['1', '2', '3', '4', '5', '6', '7'] as const;
export const ARCHIVE_CATEGORY_CODES = [...CONTROLLED_CATEGORIES, ...UNCONTROLLED_CATEGORIES] as const;
export type ArchiveCategory = (typeof ARCHIVE_CATEGORY_CODES)[number];

export const isArchiveCategory = (s: string): s is ArchiveCategory => (ARCHIVE_CATEGORY_CODES as readonly string[]).includes(s);

export interface IndexParts {
  category: ArchiveCategory;
  cabinet: number;
  serial: number;
  box: number;
}

export type IndexProblemCode = 'empty' | 'shape' | 'category' | 'cabinet' | 'serial' | 'box' | 'leadingZero' | 'range';

export interface IndexProblem {
  code: IndexProblemCode;
  params: Record<string, string | number>;
  /** The problem in Chinese, for the field under the input. */
  message: string;
}

export type ParsedIndex = { ok: true; value: IndexParts; text: string } | { ok: false; problem: IndexProblem };

/** Chinese problem texts (the main process translates the same codes through `archive.indexProblem.*`). */
export const INDEX_PROBLEM_ZH: Record<IndexProblemCode, string> = {
  empty: '请输入索引号，格式为 类别-柜号.序号-盒号，例如 f-3.1-02',
  shape: '索引号“{{text}}”格式不正确，应为 类别-柜号.序号-盒号，例如 f-3.1-02',
  category: '类别“{{value}}”不存在：受控文件为 a–f，非受控文件为 1–7',
  cabinet: '缺少文件柜编号（“-”与“.”之间），例如 f-3.1-02 中的 3',
  serial: '缺少同号柜序列号（“.”之后），例如 f-3.1-02 中的 1',
  box: '文件盒编号“{{value}}”应为两位数字，例如 02',
  leadingZero: '{{part}}“{{value}}”不能以 0 开头',
  range: '{{part}} {{value}} 超出范围（{{min}}–{{max}}）',
};

const fill = (code: IndexProblemCode, params: Record<string, string | number>): IndexProblem => ({
  code,
  params,
  message: INDEX_PROBLEM_ZH[code].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? '')),
});

/** Full-width to half-width (NFKC), Chinese full stops to `.`, every dash-like character to `-`, spaces removed. */
export function normaliseIndexText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[。．｡]/g, '.')
    .replace(/[‐‑‒–—―−﹣－]/g, '-')
    .replace(/\s+/g, '');
}

export function formatIndexNo(parts: IndexParts): string {
  return `${parts.category}-${parts.cabinet}.${parts.serial}-${String(parts.box).padStart(2, '0')}`;
}

function checkNumber(part: string, value: string, min: number, max: number): IndexProblem | null {
  if (!/^\d+$/.test(value)) return fill('shape', { text: value });
  if (value.length > 1 && value.startsWith('0')) return fill('leadingZero', { part, value });
  const n = Number(value);
  if (n < min || n > max) return fill('range', { part, value: n, min, max });
  return null;
}

export function parseIndexNo(raw: string): ParsedIndex {
  const text = normaliseIndexText(raw);
  if (!text) return { ok: false, problem: fill('empty', {}) };
  const dash = text.indexOf('-');
  if (dash < 0) return { ok: false, problem: fill('shape', { text }) };
  const cat = text.slice(0, dash).toLowerCase();
  const rest = text.slice(dash + 1);
  // A one-character code is a category; anything longer means the `-` after the category is missing (`f3.1-02`).
  if ([...cat].length !== 1) return { ok: false, problem: fill('shape', { text }) };
  if (!isArchiveCategory(cat)) return { ok: false, problem: fill('category', { value: text.slice(0, dash) }) };
  const lastDash = rest.lastIndexOf('-');
  if (lastDash < 0) return { ok: false, problem: fill('shape', { text }) };
  const place = rest.slice(0, lastDash);
  const boxText = rest.slice(lastDash + 1);
  const dot = place.indexOf('.');
  if (dot < 0) return { ok: false, problem: place ? fill('serial', {}) : fill('cabinet', {}) };
  const cabText = place.slice(0, dot);
  const serialText = place.slice(dot + 1);
  if (!cabText) return { ok: false, problem: fill('cabinet', {}) };
  if (!serialText) return { ok: false, problem: fill('serial', {}) };
  const cabProblem = checkNumber('文件柜编号', cabText, 1, 999) ?? checkNumber('同号柜序列号', serialText, 1, 99);
  if (cabProblem) return { ok: false, problem: cabProblem.code === 'shape' ? fill('shape', { text }) : cabProblem };
  if (!/^\d{2}$/.test(boxText)) return { ok: false, problem: fill('box', { value: boxText }) };
  if (boxText === '00') return { ok: false, problem: fill('range', { part: '文件盒编号', value: boxText, min: '01', max: 99 }) };
  const value: IndexParts = { category: cat, cabinet: Number(cabText), serial: Number(serialText), box: Number(boxText) };
  return { ok: true, value, text: formatIndexNo(value) };
}

/** Loose shape of something meant as an index number (so a search box can tell it from a title): `x-n.n-nn`. */
export function looksLikeIndexNo(raw: string): boolean {
  return /^[^-\s]{1,3}-[^-]*[.][^-]*-[^-]*$/.test(normaliseIndexText(raw));
}

/**
 * Barcodes on cabinet and box labels. Scanners and the label printer only carry `A–Z 0–9 -`, so the dot of `3.1`
 * cannot be encoded: a cabinet label carries `CAB-3-1`, a box label `BOX-3-1-02`. Scanned into the catalogue search
 * they list what the cabinet or box holds; scanned into "file by index number" the box one files there.
 */
export const cabinetBarcode = (cabinet: number, serial: number): string => `CAB-${cabinet}-${serial}`;
export const boxBarcode = (cabinet: number, serial: number, box: number): string => `BOX-${cabinet}-${serial}-${String(box).padStart(2, '0')}`;

export type StorageCode = { kind: 'cabinet'; cabinet: number; serial: number } | { kind: 'box'; cabinet: number; serial: number; box: number };

export function parseStorageCode(raw: string): StorageCode | null {
  const text = normaliseIndexText(raw).toUpperCase();
  const box = /^BOX-([1-9]\d{0,2})-([1-9]\d?)-(\d{2})$/.exec(text);
  if (box && box[3] !== '00') return { kind: 'box', cabinet: Number(box[1]), serial: Number(box[2]), box: Number(box[3]) };
  const cab = /^CAB-([1-9]\d{0,2})-([1-9]\d?)$/.exec(text);
  if (cab) return { kind: 'cabinet', cabinet: Number(cab[1]), serial: Number(cab[2]) };
  return null;
}
