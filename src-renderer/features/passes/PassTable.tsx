import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { PassRow } from '../../../src-shared/modules/passes';
import { ListTable } from '../../components/ListTable';
import { formatTime } from '../../components/time';

interface Props {
  rows: PassRow[];
  canRevoke: boolean;
  onRevoke(pass: PassRow): void;
  onEntries(pass: PassRow): void;
}

export function PassTable({ rows, canRevoke, onRevoke, onEntries }: Props) {
  const { t } = useTranslation();
  const scope = (p: PassRow) => (p.allBuildings ? t('passes.allBuildings') : p.buildings.map((b) => b.name).join(t('app.listSep')));
  const columns = [
    t('passes.col.number'),
    t('passes.col.holder'),
    t('passes.col.company'),
    t('passes.col.category'),
    t('passes.col.valid'),
    t('passes.col.scope'),
    t('passes.col.status'),
    t('passesUi.col.entries'),
    t('passes.col.issued'),
    t('passesUi.col.actions'),
  ];

  return (
    <ListTable className="data-table" columns={columns} empty={t('app.noRecords')} rows={rows}>
      {(p) => (
        <tr key={p.id} className={p.status === 'valid' || p.status === 'not_yet_valid' ? undefined : 'inactive'}>
          <td className="nowrap">{p.number}</td>
          <td>
            {p.holderName}
            <div className="muted">{p.phone}</div>
          </td>
          <td>{p.company}</td>
          <td>{t(`passes.categories.${p.category}`)}</td>
          <td className="nowrap">{t('registers.periodRange', { from: p.validFrom, to: p.validTo })}</td>
          <td>{scope(p)}</td>
          <td>
            <span className={`pass-status pass-status-${p.status}`}>{t(`passes.status.${p.status}`)}</span>
            {p.revokedAt ? (
              <div className="muted pass-revoke-note">
                {t('passesUi.revokedBy', { name: p.revokedByName ?? '', at: formatTime(p.revokedAt) })}
                <br />
                {t('passesUi.reasonLine', { reason: p.revokeReason ?? '' })}
              </div>
            ) : null}
          </td>
          <td>{p.entryCount}</td>
          <td>
            {p.issuedByName}
            <div className="muted nowrap">{formatTime(p.issuedAt)}</div>
          </td>
          <td className="actions">
            <Link className="pass-row-link" to={`/passes/${p.id}/card`}>
              {t('passesUi.printCard')}
            </Link>
            <button type="button" className="link" onClick={() => onEntries(p)}>
              {t('passesUi.entries')}
            </button>
            {canRevoke && p.status !== 'revoked' ? (
              <button type="button" className="link danger" onClick={() => onRevoke(p)}>
                {t('passesUi.revoke')}
              </button>
            ) : null}
          </td>
        </tr>
      )}
    </ListTable>
  );
}
