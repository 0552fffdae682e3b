import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LfAlertRow } from '../../../src-shared/modules/lostfound';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner } from '../../components/Field';
import { formatTime } from '../../components/time';
import { ItemDetailDialog } from './ItemDetailDialog';
import './lostfound.css';

/** 贵重失物通报 (001 §4.10.1: 立即通报保安部经理、客服经理及总物业经理): the caller's unacknowledged alerts. */
export function LfAlertsPage() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<LfAlertRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [openItem, setOpenItem] = useState<number | null>(null);

  const load = useCallback(async () => {
    try {
      setRows(await invoke('lostfound.alerts.list', {}));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const ack = async (ids: number[]) => {
    try {
      await invoke('lostfound.alerts.ack', { ids });
      await load();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <div className="page lf-page">
      <div className="page-head">
        <h1>{t('lostfoundUi.alerts.title')}</h1>
        {rows.length > 1 ? (
          <button type="button" onClick={() => void ack(rows.slice(0, 100).map((r) => r.id))}>
            {t('lostfoundUi.alerts.ackAll')}
          </button>
        ) : null}
      </div>
      <ErrorBanner message={error} />
      {rows.length === 0 ? <p className="muted">{t('lostfoundUi.alerts.none')}</p> : null}
      <ul className="lf-alerts">
        {rows.map((a) => (
          <li key={a.id} className="lf-panel" data-testid="lf-alert">
            <div>
              <strong>{formatTime(a.createdAt)}</strong> {a.message}
            </div>
            <div className="row">
              <button type="button" onClick={() => setOpenItem(a.itemId)}>
                {t('lostfoundUi.alerts.open')}
              </button>
              <button type="button" className="primary" onClick={() => void ack([a.id])}>
                {t('lostfoundUi.alerts.ack')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {openItem !== null ? <ItemDetailDialog id={openItem} onClose={() => setOpenItem(null)} onChanged={() => void load()} /> : null}
    </div>
  );
}
