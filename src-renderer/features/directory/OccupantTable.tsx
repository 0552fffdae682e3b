import { useTranslation } from 'react-i18next';
import type { OccupantRow } from '../../../src-shared/modules/directory';
import { ListTable } from '../../components/ListTable';

interface Props {
  rows: OccupantRow[];
  canEdit: boolean;
  onEdit(row: OccupantRow): void;
}

export function OccupantTable({ rows, canEdit, onEdit }: Props) {
  const { t } = useTranslation();
  const columns = [
    t('directory.col.unit'),
    t('directory.col.name'),
    t('directory.col.kind'),
    t('directory.col.phone'),
    t('directory.col.consent'),
    t('directory.col.status'),
    ...(canEdit ? [t('app.actions')] : []),
  ];
  return (
    <ListTable className="data-table" columns={columns} empty={t('app.noRecords')} rows={rows}>
      {(r) => (
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
      )}
    </ListTable>
  );
}
