import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../src-shared/modules/settings';
import { isLanguage, switchLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <select
      className="lang-switch"
      aria-label={t('lang.label')}
      value={i18n.language}
      onChange={(e) => {
        if (isLanguage(e.target.value)) void switchLanguage(e.target.value, true);
      }}
    >
      {LANGUAGES.map((l) => (
        <option key={l} value={l}>
          {t(`lang.${l}`)}
        </option>
      ))}
    </select>
  );
}
