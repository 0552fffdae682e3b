import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { SlipRow } from '../../../src-shared/modules/releases';
import { useCan } from '../../app/access';
import { ListTable } from '../../components/ListTable';
import { formatTime } from '../../components/time';
import { itemSummary } from './format';

interface Props {
  rows: SlipRow[];
  onRelease(row: SlipRow): void;
  onVoid(row: SlipRow): void;
}

function StatusCell({ row }: { row: SlipRow }) {
  const { t } = useTranslation();
  return (
    <td>
      <span className={`release-status release-status-${row.status}`}>{t(`releases.status.${row.status}`)}</span>
      {row.status === 'released' ? (
        <div className="release-status-detail nowrap">{t('releasesUi.list.by', { at: formatTime(row.releasedAt), name: row.releasedByName ?? '' })}</div>
      ) : null}
      {row.status === 'voided' ? (
        <div className="release-status-detail">
          <div>{t('releasesUi.list.voidReason', { reason: row.voidReason ?? '' })}</div>
          <div className="muted nowrap">{t('releasesUi.list.by', { at: formatTime(row.voidedAt), name: row.voidedByName ?? '' })}</div>
        </div>
      ) : null}
    </td>
  );
}

export function ReleaseTable({ rows, onRelease, onVoid }: Props) {
  const { t } = useTranslation();
  const canRelease = useCan('releases.release');
  const canVoid = useCan('releases.void');
  const columns = (['number', 'issued', 'unit', 'requester', 'items', 'carrier', 'plate', 'status', 'actions'] as const).map((c) => t(`releasesUi.list.col.${c}`));
  return (
    <ListTable className="data-table" columns={columns} empty={t('app.noRecords')} rows={rows}>
      {(row) => (
        <tr key={row.id} className={row.status === 'voided' ? 'release-row-voided' : undefined}>
          <td className="nowrap">{row.number}</td>
          <td>
            <div className="nowrap">{formatTime(row.issuedAt)}</div>
            <div className="muted">{row.issuedByName}</div>
          </td>
          <td className="nowrap">{row.unitLabel}</td>
          <td className="release-requester-cell">
            {t('releasesUi.list.requester', { name: row.requesterName, kind: t(`occupantKinds.${row.requesterKind}`) })}
            {row.ownerConsent ? (
              <div className="muted">
                {t('releasesUi.list.consent', {
                  owner: row.ownerConsent.ownerName,
                  method: t(`releases.consentMethods.${row.ownerConsent.method}`),
                })}
              </div>
            ) : null}
          </td>
          <td className="release-items-cell">{itemSummary(row.items, t)}</td>
          <td>{row.carrierName}</td>
          <td className="nowrap">{row.vehiclePlate}</td>
          <StatusCell row={row} />
          <td>
            {/* Stacked, so a row with all three actions still fits the desk's screen width. */}
            <div className="release-actions">
              <Link className="button" to={`/releases/${row.id}/slip`}>
                {t('releasesUi.list.print')}
              </Link>
              {canRelease && row.status === 'issued' ? (
                <button type="button" className="primary" onClick={() => onRelease(row)}>
                  {t('releasesUi.list.release')}
                </button>
              ) : null}
              {canVoid && row.status === 'issued' ? (
                <button type="button" className="link danger" onClick={() => onVoid(row)}>
                  {t('releasesUi.list.void')}
                </button>
              ) : null}
            </div>
          </td>
        </tr>
      )}
    </ListTable>
  );
}
