import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { BackupStatus } from '../../../src-shared/modules/backups';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { formatTime } from '../../components/time';
import './backups.css';

/**
 * The home page's backup tile (administrator, general manager): the last successful backup, and a warning when it is
 * older than a day. Renders nothing for a role that may not read the status (main refuses the call anyway).
 */
export function BackupStatusTile() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const allowed = useCan('backups.status');
  useEffect(() => {
    if (!allowed) return undefined;
    let live = true;
    invoke('backups.status', {})
      .then((s) => live && setStatus(s))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [allowed]);
  if (!status) return null;
  const last = status.lastOk;
  return (
    <section className={status.stale ? 'backup-tile backup-tile-stale' : 'backup-tile'} aria-label={t('backupsUi.tile.title')} data-testid="backup-tile">
      <h2>{t('backupsUi.tile.title')}</h2>
      <p>{last ? t('backupsUi.tile.last', { at: formatTime(last.at), kind: t(`backupsUi.kind.${last.kind}`) }) : t('backupsUi.tile.never')}</p>
      {status.stale && (
        <p className="backup-warning" role="alert">
          {t('backupsUi.tile.stale')}
        </p>
      )}
      <Link to="/backups">{t('backupsUi.tile.open')}</Link>
    </section>
  );
}
