import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LfClaimRow } from '../../../src-shared/modules/lostfound';
import { errorMessage, invoke } from '../../api/client';
import { formatTime } from '../../components/time';

/** Every claim, rejected ones with their reasons; a signature is fetched only on request (main audits each view). */
export function ClaimList({ claims }: { claims: LfClaimRow[] }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Record<number, string>>({});
  const [error, setError] = useState<string | null>(null);
  if (claims.length === 0) return <p className="muted">{t('lostfoundUi.detail.noClaims')}</p>;

  const show = async (claimId: number) => {
    try {
      const { png } = await invoke('lostfound.signature', { claimId });
      setShown((s) => ({ ...s, [claimId]: png }));
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <ul className="lf-claims" data-testid="lf-claims">
      {claims.map((c) => (
        <li key={c.id} className={c.verdict === 'rejected' ? 'lf-claim-rejected' : undefined}>
          {formatTime(c.at)} {c.by}：
          {t('lostfoundUi.detail.claimLine', { name: c.claimantName, relationship: c.relationshipName, phone: c.claimantPhone, idType: t(`idTypes.${c.idType}`), id: c.idMasked })}{' '}
          <strong>{c.verdict === 'accepted' ? t('lostfoundUi.detail.accepted') : t('lostfoundUi.detail.rejected', { reason: c.reason })}</strong>
          <div className="muted lf-note">{t('lostfoundUi.detail.said', { text: c.description })}</div>
          {c.hasSignature && !shown[c.id] ? (
            <button type="button" className="link" onClick={() => void show(c.id)}>
              {t('lostfoundUi.detail.showSignature')}
            </button>
          ) : null}
          {shown[c.id] ? <img className="lf-sign-img" src={shown[c.id]} alt={t('lostfoundUi.claim.signLabel')} /> : null}
        </li>
      ))}
      {error ? (
        <li className="field-error" role="alert">
          {error}
        </li>
      ) : null}
    </ul>
  );
}
