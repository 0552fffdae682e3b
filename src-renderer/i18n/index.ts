import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs } from '../../src-shared/i18n';
import { LANGUAGES, type Language } from '../../src-shared/modules/settings';
import { uiEn } from './en';
import { featureStrings } from './features';
import { uiZhCN } from './zh-CN';

const LANG_KEY = 'frontdesk.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The user's own choice on this machine, if any; otherwise the desk's default from settings applies. */
export function storedLanguage(): Language | null {
  const v = localStorage.getItem(LANG_KEY);
  return isLanguage(v) ? v : null;
}

void i18next.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: { ...catalogs['zh-CN'], ...uiZhCN, ...featureStrings.zhCN } },
    en: { translation: { ...catalogs.en, ...uiEn, ...featureStrings.en } },
  },
  lng: storedLanguage() ?? 'zh-CN',
  fallbackLng: 'zh-CN',
  // React escapes output itself; escaping here would show &lt; in names.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'zh-CN';
}

export async function switchLanguage(lang: Language, remember: boolean): Promise<void> {
  if (remember) localStorage.setItem(LANG_KEY, lang);
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export const i18n = i18next;
