import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassEntryRow, PassRow } from '../../../src-shared/modules/passes';
import { errorMessage, invoke } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/Field';
import { formatTime } from '../../components/time';

interface Props {
  pass: PassRow;
  onClose(): void;
}

export function PassEntriesDialog({ pass, onClose }: Props) {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<PassEntryRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    invoke('passes.entries', { passId: pass.id }).then(setEntries, (err: unknown) => setError(errorMessage(err)));
  }, [pass.id]);

  return (
    <Dialog title={t('passesUi.entriesDialog.title', { number: pass.number, holder: pass.holderName })} onClose={onClose} wide>
      <ErrorBanner message={error} />
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('passesUi.entriesDialog.time')}</th>
            <th>{t('passesUi.entriesDialog.building')}</th>
            <th>{t('passesUi.entriesDialog.desk')}</th>
          </tr>
        </thead>
        <tbody>
          {entries === null && !error ? (
            <tr>
              <td colSpan={3} className="empty">
                {t('app.loading')}
              </td>
            </tr>
          ) : null}
          {entries?.length === 0 ? (
            <tr>
              <td colSpan={3} className="empty">
                {t('app.noRecords')}
              </td>
            </tr>
          ) : null}
          {entries?.map((e) => (
            <tr key={e.id}>
              <td className="nowrap">{formatTime(e.at)}</td>
              <td>{e.buildingName ?? <span className="muted">{t('passesUi.entriesDialog.noBuilding')}</span>}</td>
              <td>{e.receptionistName}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions pass-dialog-foot">
        <button type="button" autoFocus onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
    </Dialog>
  );
}
