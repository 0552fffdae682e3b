import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
}

/** A modal that takes focus (first field unless a child has autoFocus), closes on Esc and hands focus back on close. */
export function Dialog({ title, onClose, children, wide }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        closeRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Focus the first field unless a child already took focus with autoFocus.
    if (box.current && !box.current.contains(document.activeElement)) {
      box.current.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    }
    return () => {
      window.removeEventListener('keydown', onKey);
      previous?.focus();
    };
  }, []);

  return (
    <div className="dialog-backdrop">
      <div className={wide ? 'dialog dialog-wide' : 'dialog'} role="dialog" aria-modal="true" aria-label={title} ref={box}>
        <h2 className="dialog-title">{title}</h2>
        {children}
      </div>
    </div>
  );
}

interface ButtonsProps {
  busy: boolean;
  onClose(): void;
  /** Names the act ("确认放行", "注销") where "save" would hide what happens; defaults to save. */
  submitLabel?: string;
  /** Acts that cannot be undone get a red button. */
  danger?: boolean;
}

/** Cancel and submit at the foot of every dialog form; submit is the form's, so Enter confirms. */
export function DialogButtons({ busy, onClose, submitLabel, danger }: ButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      <button type="button" onClick={onClose}>
        {t('app.cancel')}
      </button>
      <button type="submit" className={danger ? 'primary danger' : 'primary'} disabled={busy}>
        {submitLabel ?? t('app.save')}
      </button>
    </div>
  );
}
