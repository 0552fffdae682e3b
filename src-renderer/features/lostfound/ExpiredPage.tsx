import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LfItemRow } from '../../../src-shared/modules/lostfound';
import { errorMessage, invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner, Notice } from '../../components/Field';
import { ListTable } from '../../components/ListTable';
import { formatTime } from '../../components/time';
import { DecideDialog } from './DecideDialog';
import { HandoverDialog } from './HandoverDialog';
import { ItemDetailDialog } from './ItemDetailDialog';
import './lostfound.css';

type Act = { kind: 'decide' | 'execute' | 'open'; item: LfItemRow } | null;
const COLUMNS = ['item', 'found', 'expires', 'place', 'decision'] as const;

/** 期满待处置 (001 §4.10.3): the GM decides each expired item's disposal, the desk carries the decision out. */
export function ExpiredPage() {
  const { t } = useTranslation();
  const canDecide = useCan('lostfound.disposal.decide');
  const canExecute = useCan('lostfound.disposal.execute');
  const [rows, setRows] = useState<LfItemRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [act, setAct] = useState<Act>(null);

  const load = useCallback(async () => {
    try {
      setRows(await invoke('lostfound.expired', {}));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const done = (item: LfItemRow) => {
    setAct(null);
    setNotice(t('lostfoundUi.expired.done', { itemNo: item.itemNo }));
    void load();
  };

  return (
    <div className="page lf-page">
      <div className="page-head">
        <h1>{t('lostfoundUi.expired.title')}</h1>
      </div>
      <p className="muted">{t('lostfoundUi.expired.intro')}</p>
      <Notice message={notice} />
      <ErrorBanner message={error} />
      <ListTable
        className="data-table lf-table"
        columns={[...COLUMNS.map((c) => t(`lostfoundUi.expired.col.${c}`)), '']}
        empty={t('lostfoundUi.expired.none')}
        rows={rows}
      >
        {(i) => (
          <tr key={i.id} data-testid="lf-expired-row">
            <td>
              <span className="lf-mono">{i.itemNo}</span> {i.name} ×{i.quantity}
              <div className="muted lf-note">{t(`lostfoundUi.categories.${i.category}`)}</div>
            </td>
            <td className="nowrap">
              {formatTime(i.foundAt)}
              <div className="muted lf-note">{i.foundPlace}</div>
            </td>
            <td className="nowrap">
              {formatTime(i.expiresAt)}
              {i.policeOverdue ? <span className="lf-flag lf-flag-danger">{t('lostfoundUi.flags.policeOverdue')}</span> : null}
            </td>
            <td>{i.placeName}</td>
            <td>
              {i.decision
                ? t('lostfoundUi.expired.decided', { method: t(`lostfoundUi.methods.${i.decision.method}`), by: i.decision.decidedBy, at: formatTime(i.decision.decidedAt) })
                : t('lostfoundUi.expired.awaiting')}
              {i.decision ? <div className="muted lf-note">{i.decision.note}</div> : null}
            </td>
            <td className="nowrap">
              <button type="button" onClick={() => setAct({ kind: 'open', item: i })}>
                {t('lostfoundUi.list.open')}
              </button>{' '}
              {canDecide && !i.decision ? (
                <button type="button" className="primary" onClick={() => setAct({ kind: 'decide', item: i })}>
                  {t('lostfoundUi.expired.decide')}
                </button>
              ) : null}
              {canExecute && i.decision ? (
                <button type="button" className="primary" onClick={() => setAct({ kind: 'execute', item: i })}>
                  {t('lostfoundUi.expired.execute')}
                </button>
              ) : null}
            </td>
          </tr>
        )}
      </ListTable>
      {act?.kind === 'decide' ? <DecideDialog item={act.item} onClose={() => setAct(null)} onDone={done} /> : null}
      {act?.kind === 'execute' ? <HandoverDialog item={act.item} mode="execute" onClose={() => setAct(null)} onDone={done} /> : null}
      {act?.kind === 'open' ? <ItemDetailDialog id={act.item.id} onClose={() => setAct(null)} onChanged={() => void load()} /> : null}
    </div>
  );
}
