import { useTranslation } from 'react-i18next';
import type { OccupantRow } from '../../../src-shared/modules/directory';

interface Props {
  rows: OccupantRow[];
  canEdit: boolean;
  onEdit(row: OccupantRow): void;
}

export function OccupantTable({ rows, canEdit, onEdit }: Props) {
  const { t } = useTranslation();
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th>{t('directory.col.unit')}</th>
          <th>{t('directory.col.name')}</th>
          <th>{t('directory.col.kind')}</th>
          <th>{t('directory.col.phone')}</th>
          <th>{t('directory.col.consent')}</th>
          <th>{t('directory.col.status')}</th>
          {canEdit ? <th>{t('app.actions')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={canEdit ? 7 : 6} className="empty">
              {t('app.noRecords')}
            </td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr key={r.id} className={r.active ? undefined : 'inactive'}>
              <td>{r.unitLabel}</td>
              <td>{r.name}</td>
              <td>{t(`occupantKinds.${r.kind}`)}</td>
              <td>{r.phone}</td>
              <td>{r.parcelConsent ? t('app.yes') : t('app.no')}</td>
              <td>{r.active ? t('directory.active') : t('directory.inactive')}</td>
              {canEdit ? (
                <td>
                  <button type="button" className="link" onClick={() => onEdit(r)}>
                    {t('app.edit')}
                  </button>
                </td>
              ) : null}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
