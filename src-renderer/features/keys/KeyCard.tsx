import { useTranslation } from 'react-i18next';
import type { KeyDetail } from '../../../src-shared/modules/keys';
import { formatTime } from '../../components/time';

/** What the scanned tag is: name, category, place, where it hangs, its state, and a ring's keys. */
export function KeyCard({ detail }: { detail: KeyDetail }) {
  const { t } = useTranslation();
  const { key, members } = detail;
  const loan = key.currentLoan;
  return (
    <section className="keys-card" aria-label={key.code}>
      <div className="keys-card-head">
        <span className="keys-code">{key.code}</span>
        <strong className="keys-card-name">{key.name}</strong>
        {key.kind === 'ring' ? <span className="keys-badge">{t('keysUi.loans.ring')}</span> : null}
        {key.restricted ? <span className="keys-badge keys-badge-restricted">{t('keysUi.restricted')}</span> : null}
        <span className={`keys-status keys-status-${key.status}`}>{t(`keys.status.${key.status}`)}</span>
      </div>
      <dl className="keys-card-facts">
        <dt>{t('keysUi.col.category')}</dt>
        <dd>{key.categoryName}</dd>
        <dt>{t('keysUi.col.opens')}</dt>
        <dd>{key.opens || '—'}</dd>
        <dt>{t('keysUi.col.cabinet')}</dt>
        <dd>{[key.cabinet, key.hook].filter(Boolean).join(' / ') || '—'}</dd>
        <dt>{t('keysUi.col.copies')}</dt>
        <dd>{key.copies}</dd>
      </dl>
      {loan ? (
        <p className={loan.overdue ? 'keys-card-loan keys-overdue' : 'keys-card-loan'}>
          {t('keysUi.loans.currentLoan', { borrower: loan.borrower, lentAt: formatTime(loan.lentAt), expectedAt: formatTime(loan.expectedAt) })}
          {loan.overdue ? ` · ${t('keysUi.overdue')}` : ''}
        </p>
      ) : null}
      {members.length > 0 ? (
        <div className="keys-card-members">
          <span className="muted">{t('keysUi.loans.members')}</span>
          <ul>
            {members.map((m) => (
              <li key={m.id}>
                <span className="keys-code">{m.code}</span> {m.name}
                {m.restricted ? <span className="keys-badge keys-badge-restricted">{t('keysUi.restricted')}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
