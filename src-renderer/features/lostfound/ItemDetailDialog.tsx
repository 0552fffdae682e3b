import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { LfItemDetail, LfMatch } from '../../../src-shared/modules/lostfound';
import { errorMessage, invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner, Notice } from '../../components/Field';
import { formatTime } from '../../components/time';
import { ClaimDialog } from './ClaimDialog';
import { ClaimList } from './ClaimList';
import { HandoverDialog } from './HandoverDialog';
import { ItemFacts } from './ItemFacts';
import { MatchList } from './MatchList';
import { MoveDialog } from './MoveDialog';

type Act = 'move' | 'claim' | 'transfer' | null;

/** One found item: photo, what was recorded, its history, claims and matching lost reports; the desk acts from here. */
export function ItemDetailDialog({ id, onClose, onChanged }: { id: number; onClose(): void; onChanged(): void }) {
  const { t } = useTranslation();
  const canAct = useCan('lostfound.move');
  const [detail, setDetail] = useState<LfItemDetail | null>(null);
  const [matches, setMatches] = useState<LfMatch[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [act, setAct] = useState<Act>(null);

  const load = useCallback(async () => {
    try {
      const [d, m] = await Promise.all([invoke('lostfound.get', { id }), invoke('lostfound.matches', { itemId: id })]);
      setDetail(d);
      setMatches(m);
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [id]);
  useEffect(() => void load(), [load]);

  const done = (message: string) => {
    setAct(null);
    setNotice(message);
    onChanged();
    void load();
  };

  const item = detail?.item;
  const inCustody = item?.status === 'in_custody';
  // One dialog at a time: the act replaces the detail and hands back to it when done or cancelled.
  if (item && act === 'move') return <MoveDialog item={item} onClose={() => setAct(null)} onDone={(i) => done(`${i.itemNo} → ${i.placeName}`)} />;
  if (item && act === 'transfer') return <HandoverDialog item={item} mode="transfer" onClose={() => setAct(null)} onDone={(i) => done(`${i.itemNo} ${t('lostfoundUi.status.transferred')}`)} />;
  if (item && act === 'claim')
    return (
      <ClaimDialog
        item={item}
        onClose={() => setAct(null)}
        onDone={(c) =>
          done(c.verdict === 'accepted' ? t('lostfoundUi.claim.accepted', { itemNo: item.itemNo, name: c.claimantName }) : t('lostfoundUi.claim.rejected', { name: c.claimantName }))
        }
      />
    );
  return (
    <Dialog title={item ? t('lostfoundUi.detail.title', { itemNo: item.itemNo, name: item.name }) : t('lostfoundUi.title')} onClose={onClose} wide>
      <ErrorBanner message={error} />
      <Notice message={notice} />
      {item && detail ? (
        <>
          <div className="lf-detail">
            <figure style={{ margin: 0 }}>
              {detail.photo ? <img src={detail.photo} alt={t('lostfoundUi.detail.photo')} data-testid="lf-photo" /> : <p className="muted">{t('lostfoundUi.detail.noPhoto')}</p>}
            </figure>
            <ItemFacts item={item} />
          </div>
          <h3>{t('lostfoundUi.detail.events')}</h3>
          <ol className="lf-events" data-testid="lf-events">
            {detail.events.map((e, i) => (
              <li key={i}>
                {formatTime(e.at)} {t(`lostfoundUi.detail.eventKinds.${e.kind}`, { defaultValue: e.kind })} {e.by}：{e.note}
              </li>
            ))}
          </ol>
          <h3>{t('lostfoundUi.detail.claims')}</h3>
          <ClaimList claims={detail.claims} />
          <h3>{t('lostfoundUi.detail.matches', { count: matches.length })}</h3>
          <MatchList matches={matches} empty={t('lostfoundUi.detail.noMatches')} />
        </>
      ) : null}
      <div className="dialog-actions">
        {item && canAct && inCustody ? (
          <>
            <button type="button" onClick={() => setAct('move')}>
              {t('lostfoundUi.detail.move')}
            </button>
            <button type="button" onClick={() => setAct('transfer')}>
              {t('lostfoundUi.detail.transfer')}
            </button>
            <button type="button" className="primary" onClick={() => setAct('claim')}>
              {t('lostfoundUi.detail.claim')}
            </button>
          </>
        ) : null}
        {item && canAct ? (
          <Link className="button" to={`/lostfound/${item.id}/label`}>
            {t('lostfoundUi.detail.label')}
          </Link>
        ) : null}
        <button type="button" onClick={onClose}>
          {t('lostfoundUi.close')}
        </button>
      </div>
    </Dialog>
  );
}
