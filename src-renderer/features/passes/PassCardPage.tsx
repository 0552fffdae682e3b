import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { PassCard } from '../../../src-shared/modules/passes';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner } from '../../components/Field';
import { isDead, PassCardView } from './PassCardView';
import './passes.css';

export function PassCardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const passId = Number(id);
  const [card, setCard] = useState<PassCard | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setCard(null);
    setError(null);
    if (!Number.isInteger(passId) || passId <= 0) {
      setError(t('app.notFound'));
      return;
    }
    invoke('passes.card', { id: passId }).then(setCard, (err: unknown) => setError(errorMessage(err)));
  }, [passId, t]);

  const back = () => (window.history.length > 1 ? navigate(-1) : navigate('/passes'));

  return (
    <div className="page doc-page pass-card-page">
      <div className="page-head no-print">
        <h1>{card ? `${t('passesUi.card.title')} ${card.number}` : t('passesUi.card.title')}</h1>
        <div className="row">
          <button type="button" autoFocus onClick={back}>
            {t('passesUi.card.back')}
          </button>
          <button type="button" className="primary" disabled={!card} onClick={() => window.print()}>
            {t('passesUi.card.print')}
          </button>
        </div>
      </div>
      <div className="no-print pass-card-notes">
        <ErrorBanner message={error} />
        {card && isDead(card) ? (
          <div className="error-banner pass-card-dead" role="alert">
            {t('passesUi.card.deadWarning', { status: card.statusLabel })}
          </div>
        ) : null}
        {card?.status === 'not_yet_valid' ? <p className="warning">{t('passesUi.card.notYetHint', { period: card.validPeriod })}</p> : null}
        {card ? <p className="muted">{t('passesUi.card.sizeHint')}</p> : null}
      </div>
      {card ? <PassCardView card={card} /> : null}
    </div>
  );
}
