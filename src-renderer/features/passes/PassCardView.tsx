import { useTranslation } from 'react-i18next';
import type { PassCard } from '../../../src-shared/modules/passes';
import { Barcode } from '../../components/Barcode';

/** A pass that admits no one; its card carries a stamp so a printed copy cannot pass for a live one. */
export const isDead = (card: PassCard) => card.status === 'revoked' || card.status === 'expired';

/** The card itself at its real size (85.6 × 54 mm, ID-1), inside a dashed cut line. */
export function PassCardView({ card }: { card: PassCard }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('passesUi.card.holder'), card.holderName],
    [t('passesUi.card.company'), card.company],
    [t('passesUi.card.category'), card.categoryLabel],
    [t('passesUi.card.idNumber'), `${card.idTypeLabel} ${card.idNumberMasked}`],
    [t('passesUi.card.valid'), card.validPeriod],
    [t('passesUi.card.scope'), card.scopeLabel],
  ];

  return (
    <div className="pass-card-sheet">
      <article className={`pass-card pass-card-${card.status}`} aria-label={`${card.title} ${card.number}`}>
        <header className="pass-card-head">
          <div className="pass-card-org">{card.orgName}</div>
          <div className="pass-card-title">{card.title}</div>
          <div className="pass-card-state">{card.statusLabel}</div>
        </header>
        <div className="pass-card-photo">
          {card.photoDataUrl ? <img src={card.photoDataUrl} alt={card.holderName} /> : <span>{t('passesUi.card.noPhoto')}</span>}
        </div>
        <dl className="pass-card-fields">
          {rows.map(([label, value]) => (
            <div key={label} className="pass-card-field">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <div className="pass-card-issued">{t('passesUi.card.issued', { date: card.issuedAt })}</div>
        <div className="pass-card-code">
          <Barcode text={card.number} height={7} className="pass-card-barcode" />
        </div>
        {isDead(card) ? (
          <div className="pass-card-stamp" role="status">
            {card.statusLabel}
          </div>
        ) : null}
      </article>
      <p className="pass-card-cut">{t('passesUi.card.cutHint')}</p>
    </div>
  );
}
