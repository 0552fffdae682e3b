import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../src-shared/contract';
import { useCan } from './access';

/** Keeps a typed-in URL from showing a page the roles cannot use; main refuses the calls anyway. */
export function Guard({ channel, children }: { channel: Channel; children: ReactNode }) {
  const { t } = useTranslation();
  if (!useCan(channel)) {
    return (
      <div className="page">
        <p className="error-banner">{t('app.forbidden')}</p>
        <Link to="/">{t('app.backHome')}</Link>
      </div>
    );
  }
  return <>{children}</>;
}
