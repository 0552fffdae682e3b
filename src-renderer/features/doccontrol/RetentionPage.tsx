import { useTranslation } from 'react-i18next';
import type { DcRetentionRow } from '../../../src-shared/modules/doccontrol';
import { invoke } from '../../api/client';
import { formatTime } from '../../components/time';
import { DcPageShell } from './DcPageShell';
import { DcTable } from './DcTable';
import { useLoad } from './hooks';

/** 000 篇5 §6: the one-year forms past their retention, for the office to review (nothing is deleted here). */
export function RetentionPage() {
  const { t } = useTranslation();
  const list = useLoad(() => invoke('doccontrol.retention', {}), [] as DcRetentionRow[]);
  return (
    <DcPageShell section="retention">
      <DcTable section="retention" columns={['form', 'summary', 'at', 'due']} rows={list.data} error={list.error}>
        {(r) => (
          <tr key={`${r.form}-${r.recordId}`}>
            <td>
              {t(`doccontrolUi.forms.${r.form}`)} <span className="muted">{r.formNo}</span>
            </td>
            <td>{r.summary}</td>
            <td>{formatTime(r.recordAt)}</td>
            <td>{r.dueDay}</td>
          </tr>
        )}
      </DcTable>
    </DcPageShell>
  );
}
