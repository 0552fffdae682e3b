import { useState } from 'react';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { HandoverRow } from '../../../src-shared/modules/handover';
import { formatTime } from '../../components/time';
import { previewLink } from '../registers/previewLink';

/** The latest handovers and the duty log of a chosen day (by default the latest handover's, else today). */
export function RecentHandovers({ rows }: { rows: HandoverRow[] }) {
  const { t } = useTranslation();
  const [picked, setDay] = useState<string | null>(null);
  const day = picked ?? dayjs(rows[0]?.submittedAt ?? undefined).format('YYYY-MM-DD');
  return (
    <section aria-label={t('handoverUi.recent')}>
      <div className="handover-dutylog">
        <h2>{t('handoverUi.dutyLog')}</h2>
        <label>
          {t('handoverUi.dutyLogDay')} <input type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        </label>
        {day ? (
          <Link className="button" to={previewLink('handover.dutyLog', { day })}>
            {t('handoverUi.dutyLogOpen')}
          </Link>
        ) : null}
      </div>
      <h2>{t('handoverUi.recent')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('handoverUi.empty')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              {(['no', 'outgoing', 'submittedAt', 'incoming', 'confirmedAt', 'status', 'differences'] as const).map((c) => (
                <th key={c}>{t(`handoverUi.listCol.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((h) => (
              <tr key={h.id}>
                <td>{h.handoverNo}</td>
                <td>{h.outgoing}</td>
                <td>{formatTime(h.submittedAt)}</td>
                <td>{h.incoming ?? ''}</td>
                <td>{formatTime(h.confirmedAt)}</td>
                <td>{t(`handoverUi.status.${h.status}`)}</td>
                <td>
                  {h.hasDifferences
                    ? h.figures
                        .filter((f) => f.counted !== null && f.counted !== f.reported)
                        .map((f) => `${t(`handoverUi.items.${f.item}`)} ${f.reported}→${f.counted}（${f.note}）`)
                        .join('；')
                    : h.status === 'confirmed'
                      ? t('handoverUi.noDifferences')
                      : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
