import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFileRow, BackupHistoryRow, BackupStatus } from '../../../src-shared/modules/backups';
import { errorMessage, invoke, usesBridge } from '../../api/client';
import { ErrorBanner, Field, Notice } from '../../components/Field';
import { formatTime } from '../../components/time';
import { BackupHistoryTable } from './BackupHistoryTable';
import { RestoreDialog } from './RestoreDialog';
import { formatSize } from './strings';
import './backups.css';

/** 数据备份 (administrator): back up now (locally or to a folder), the local backup files, restore, the history. */
export function BackupsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [rows, setRows] = useState<BackupHistoryRow[]>([]);
  const [files, setFiles] = useState<BackupFileRow[]>([]);
  const [folder, setFolder] = useState('');
  const [restorePath, setRestorePath] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const [s, list] = await Promise.all([invoke('backups.status', {}), invoke('backups.list', {})]);
      setStatus(s);
      setRows(list.rows);
      setFiles(list.files);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const run = async (to?: string) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const done = await invoke('backups.run', to ? { folder: to } : {});
      setNotice(t('backupsUi.run.done', { file: done.file, size: formatSize(done.size) }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
      await load();
    }
  };

  const choose = async () => {
    try {
      const r = await invoke('backups.chooseFolder', {});
      if (r.folder) setFolder(r.folder);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const restore = async () => {
    if (!confirming) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const r = await invoke('backups.restore', { file: confirming });
      setNotice(t('backupsUi.restore.done', { file: r.restoredFrom, records: r.auditRecords, safety: r.safetyCopy }));
      setRestorePath('');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setConfirming(null);
      setBusy(false);
      await load();
    }
  };

  const submitFolder = (e: FormEvent) => {
    e.preventDefault();
    if (folder.trim()) void run(folder.trim());
  };
  const submitRestore = (e: FormEvent) => {
    e.preventDefault();
    if (restorePath.trim()) setConfirming(restorePath.trim());
  };

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('backupsUi.title')}</h1>
      </div>
      <ErrorBanner message={error} />
      <Notice message={notice} />
      {status?.stale && (
        <p className="backup-warning" role="alert">
          {t('backupsUi.tile.stale')}
        </p>
      )}
      {status && (
        <p>{status.lastOk ? t('backupsUi.tile.last', { at: formatTime(status.lastOk.at), kind: t(`backupsUi.kind.${status.lastOk.kind}`) }) : t('backupsUi.tile.never')}</p>
      )}

      <section className="backup-section" aria-labelledby="bk-run">
        <h2 id="bk-run">{t('backupsUi.run.title')}</h2>
        {status && <p className="field-hint">{t('backupsUi.run.dirHint', { dir: status.dir })}</p>}
        <button type="button" className="primary" disabled={busy} onClick={() => void run()}>
          {t('backupsUi.run.toDataDir')}
        </button>
        <form className="backup-row" onSubmit={submitFolder}>
          <Field label={t('backupsUi.run.folder')}>
            <input value={folder} onChange={(e) => setFolder(e.target.value)} placeholder={t('backupsUi.run.folderPlaceholder')} />
          </Field>
          {usesBridge() && (
            <button type="button" onClick={() => void choose()}>
              {t('backupsUi.run.choose')}
            </button>
          )}
          <button type="submit" disabled={busy || !folder.trim()}>
            {t('backupsUi.run.toFolder')}
          </button>
        </form>
      </section>

      <section className="backup-section" aria-labelledby="bk-files">
        <h2 id="bk-files">{t('backupsUi.files.title')}</h2>
        {files.length === 0 ? (
          <p>{t('backupsUi.files.none')}</p>
        ) : (
          <table className="data-table">
            <tbody>
              {files.map((f) => (
                <tr key={f.file}>
                  <td>{f.at ? formatTime(f.at) : ''}</td>
                  <td>{f.kind ? t(`backupsUi.kind.${f.kind}`) : ''}</td>
                  <td className="backup-file">{f.name}</td>
                  <td>{formatSize(f.size)}</td>
                  <td>
                    <button type="button" disabled={busy} onClick={() => setConfirming(f.file)}>
                      {t('backupsUi.files.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="backup-section" aria-labelledby="bk-restore">
        <h2 id="bk-restore">{t('backupsUi.restore.title')}</h2>
        <form className="backup-row" onSubmit={submitRestore}>
          <Field label={t('backupsUi.restore.path')}>
            <input value={restorePath} onChange={(e) => setRestorePath(e.target.value)} placeholder={t('backupsUi.restore.pathPlaceholder')} />
          </Field>
          <button type="submit" className="danger" disabled={busy || !restorePath.trim()}>
            {t('backupsUi.restore.start')}
          </button>
        </form>
      </section>

      <BackupHistoryTable rows={rows} />
      {confirming && <RestoreDialog file={confirming} busy={busy} onClose={() => setConfirming(null)} onConfirm={() => void restore()} />}
    </div>
  );
}
