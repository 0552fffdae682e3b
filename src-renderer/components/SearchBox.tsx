import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  placeholder: string;
  onChange(value: string): void;
  /** Enter searches at once with what is in the box: a keyboard-wedge scanner ends every number with Enter. */
  onEnter(value: string): void;
  className?: string;
}

/** The search field at the top of every list page: focused on arrival, searched as you type, Enter for scanners. */
export function SearchBox({ value, placeholder, onChange, onEnter, className }: Props) {
  const { t } = useTranslation();
  return (
    <input
      className={`search-box ${className ?? ''}`}
      type="search"
      autoFocus
      aria-label={t('app.search')}
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          onEnter(e.currentTarget.value);
        }
      }}
    />
  );
}
