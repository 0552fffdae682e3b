import type { Language } from '../modules/settings';
import { en } from './en';
import { zhCN, type Messages } from './zh-CN';

export const catalogs: Record<Language, Messages> = { 'zh-CN': zhCN, en };

/** Looks up `a.b.c` in a catalog and fills `{{name}}` placeholders; falls back to zh-CN, then to the key. */
export function translate(lang: Language, key: string, params: Record<string, string | number> = {}): string {
  const find = (cat: unknown): string | undefined => {
    let node: unknown = cat;
    for (const part of key.split('.')) {
      if (node === null || typeof node !== 'object') return undefined;
      node = (node as Record<string, unknown>)[part];
    }
    return typeof node === 'string' ? node : undefined;
  };
  const template = find(catalogs[lang]) ?? find(catalogs['zh-CN']) ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
