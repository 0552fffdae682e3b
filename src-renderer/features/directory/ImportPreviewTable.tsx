import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportRowReport } from '../../../src-shared/modules/directory';

const COLUMNS: (keyof ImportRowReport['values'])[] = ['building', 'entrance', 'room', 'name', 'kind', 'phone', 'consent', 'note'];

export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  return (
    <table className="data-table import-table">
      <thead>
        <tr>
          <th>{t('import.line')}</th>
          {COLUMNS.map((c) => (
            <th key={c}>{t(`import.col.${c}`)}</th>
          ))}
          <th>{t('import.errors')}</th>
        </tr>
      </thead>
      <tbody>
        {preview.rows.map((r) => (
          <tr key={r.line} className={r.errors.length > 0 ? 'row-error' : undefined}>
            <td>{r.line}</td>
            {COLUMNS.map((c) => (
              <td key={c}>{r.values[c]}</td>
            ))}
            <td className="error-cell">{r.errors.join(t('app.detailsSep'))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
