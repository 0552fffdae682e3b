import { pinyin } from 'pinyin-pro';

/** Letters and digits of any script; what the unicode61 tokenizer keeps. */
const WORD_CHARS = /[\p{L}\p{N}]/u;

export function normalize(value: string): string {
  return value.normalize('NFKC').toLowerCase();
}

/** Every character and every adjacent pair inside each field: `张三丰` → 张 三 丰 张三 三丰. */
export function charKeys(fields: readonly string[]): string {
  const keys = new Set<string>();
  for (const field of fields) {
    const chars = [...normalize(field)];
    for (let i = 0; i < chars.length; i++) {
      if (!WORD_CHARS.test(chars[i])) continue;
      keys.add(chars[i]);
      if (i + 1 < chars.length && WORD_CHARS.test(chars[i + 1])) keys.add(chars[i] + chars[i + 1]);
    }
  }
  return [...keys].join(' ');
}

/**
 * Initials and full pinyin of each name: `张三丰` → `zsf zhangsanfeng`. Names are read in surname mode so that
 * 单/曾/解 at the front are read shan/zeng/xie as in a surname.
 */
export function pinyinKeys(names: readonly string[]): string {
  const keys = new Set<string>();
  for (const name of names) {
    const clean = normalize(name).replace(/\s+/g, '');
    if (!clean) continue;
    const syllables = pinyin(clean, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' });
    const initials = syllables.map((s) => s.charAt(0)).join('').replace(/[^a-z0-9]/g, '');
    const full = syllables.join('').replace(/[^a-z0-9]/g, '');
    if (initials) keys.add(initials);
    if (full) keys.add(full);
  }
  return [...keys].join(' ');
}

/** Digits (and an ID number's X) reversed, so a tail query `5678` is the prefix query `8765*`. */
export function tailKeys(values: readonly string[]): string {
  return values
    .map((v) => normalize(v).replace(/[^0-9x]/g, ''))
    .filter((v) => v.length > 0)
    .map((v) => [...v].reverse().join(''))
    .join(' ');
}
