import { useTranslation } from 'react-i18next';
import type { BackupHistoryRow } from '../../../src-shared/modules/backups';
import { formatTime } from '../../components/time';
import { formatSize } from './strings';

/** 备份记录: every backup and restore, newest first, with its outcome. */
export function BackupHistoryTable({ rows }: { rows: BackupHistoryRow[] }) {
  const { t } = useTranslation();
  return (
    <section className="backup-section" aria-labelledby="bk-history">
      <h2 id="bk-history">{t('backupsUi.history.title')}</h2>
      {rows.length === 0 ? (
        <p>{t('backupsUi.history.none')}</p>
      ) : (
        <table className="data-table" aria-labelledby="bk-history">
          <thead>
            <tr>
              <th>{t('backupsUi.history.col.at')}</th>
              <th>{t('backupsUi.history.col.kind')}</th>
              <th>{t('backupsUi.history.col.file')}</th>
              <th>{t('backupsUi.history.col.size')}</th>
              <th>{t('backupsUi.history.col.result')}</th>
              <th>{t('backupsUi.history.col.by')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{formatTime(r.at)}</td>
                <td>{t(`backupsUi.kind.${r.kind}`)}</td>
                <td className="backup-file">{r.file}</td>
                <td>{formatSize(r.size)}</td>
                <td className={r.ok ? undefined : 'backup-failed'}>{r.ok ? t('backupsUi.history.ok') : t('backupsUi.history.failed', { error: r.error ?? '' })}</td>
                <td>{r.username === 'system' ? t('backupsUi.history.system') : r.username}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
