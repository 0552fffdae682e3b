import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportRowReport } from '../../../src-shared/modules/directory';
import { ListTable } from '../../components/ListTable';

const COLUMNS: (keyof ImportRowReport['values'])[] = ['building', 'entrance', 'room', 'name', 'kind', 'phone', 'consent', 'note'];

/** Every row of the file with its problems: an estate's whole directory may be thousands of them. */
export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const columns = [t('import.line'), ...COLUMNS.map((c) => t(`import.col.${c}`)), t('import.errors')];
  return (
    <ListTable className="data-table import-table" columns={columns} empty={t('app.noRecords')} rows={preview.rows}>
      {(r) => (
        <tr key={r.line} className={r.errors.length > 0 ? 'row-error' : undefined}>
          <td>{r.line}</td>
          {COLUMNS.map((c) => (
            <td key={c}>{r.values[c]}</td>
          ))}
          <td className="error-cell">{r.errors.join(t('app.detailsSep'))}</td>
        </tr>
      )}
    </ListTable>
  );
}
