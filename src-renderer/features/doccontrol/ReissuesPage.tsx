import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DcCopyRow, DcReissueRow } from '../../../src-shared/modules/doccontrol';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { DcPageShell } from './DcPageShell';
import { DcTable, DecideButton, DocName } from './DcTable';
import { DecideDialog } from './DecideDialog';
import { DocPicker, type PickedDoc } from './DocPicker';
import { useDcList } from './hooks';
import { RegisterLink } from './RegisterLink';
import { ApplyDialog, IssueDialog } from './ReissueDialogs';

type Act = { kind: 'apply'; copy: DcCopyRow } | { kind: 'decide' | 'issue'; reissue: DcReissueRow } | null;

/** 文件补发申请表 (000 §5.7.2): apply for a copy in use, the office director decides, the office hands out the new copy. */
export function ReissuesPage() {
  const { t } = useTranslation();
  const canApply = useCan('doccontrol.reissues.create');
  const canDecide = useCan('doccontrol.reissues.decide');
  const list = useDcList((page) => invoke('doccontrol.reissues.list', page));
  const [doc, setDoc] = useState<PickedDoc | null>(null);
  const [copies, setCopies] = useState<DcCopyRow[]>([]);
  const [act, setAct] = useState<Act>(null);
  const [done, setDone] = useState<string | null>(null);

  const loadCopies = (d: PickedDoc | null) => {
    if (d) invoke('doccontrol.copies.list', { documentId: d.id }).then(setCopies, () => setCopies([]));
    else setCopies([]);
  };
  useEffect(() => loadCopies(doc), [doc]);
  const refresh = () => {
    setAct(null);
    list.reload();
    loadCopies(doc);
  };

  return (
    <DcPageShell section="reissues" notice={done}>
      {canApply ? (
        <section className="dc-form">
          <DocPicker value={doc} onChange={setDoc} />
          {doc ? (
            <table className="data-table" aria-label={t('doccontrolUi.reissues.copiesOf')}>
              <tbody>
                {copies.map((c) => (
                  <tr key={c.id} data-testid="dc-copy">
                    <td className="dc-mono">{c.copyNo}</td>
                    <td>
                      {c.departmentName} {c.holderName}
                    </td>
                    <td>{t(`doccontrolUi.copyStatus.${c.status}`)}</td>
                    <td>
                      {c.status === 'issued' ? (
                        <button type="button" onClick={() => setAct({ kind: 'apply', copy: c })}>
                          {t('doccontrolUi.reissues.apply')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ) : null}
      <RegisterLink channel="doccontrol.reissueRegister" form={t('doccontrolUi.forms.reissue')} />
      <DcTable section="reissues" columns={['doc', 'copy', 'kind', 'status', 'newCopy']} rows={list.data.rows} error={list.error}>
        {(r) => (
          <tr key={r.id} data-testid="dc-reissue-row">
            <td>
              <DocName doc={r.document} />
              <div className="muted">
                {r.departmentName} {r.applicantName}：{r.explanation}
              </div>
            </td>
            <td className="dc-mono">{r.copyNo}</td>
            <td>{t(`doccontrolUi.reissues.kinds.${r.kind}`)}</td>
            <td>
              {t(`doccontrolUi.status.${r.status}`)} {r.decidedBy ?? ''}
              <DecideButton show={canDecide && r.status === 'pending'} onClick={() => setAct({ kind: 'decide', reissue: r })} />
              {canApply && r.status === 'approved' ? (
                <button type="button" className="primary" onClick={() => setAct({ kind: 'issue', reissue: r })}>
                  {t('doccontrolUi.reissues.issue')}
                </button>
              ) : null}
            </td>
            <td className="dc-mono">{r.newCopyNo ?? ''}</td>
          </tr>
        )}
      </DcTable>
      {act?.kind === 'apply' ? <ApplyDialog copy={act.copy} onClose={() => setAct(null)} onDone={refresh} /> : null}
      {act?.kind === 'issue' ? (
        <IssueDialog
          reissue={act.reissue}
          onClose={() => setAct(null)}
          onDone={(row) => {
            setDone(t('doccontrolUi.reissues.done', { copyNo: row.newCopyNo ?? '' }));
            refresh();
          }}
        />
      ) : null}
      {act?.kind === 'decide' ? (
        <DecideDialog
          what={`《${act.reissue.document.title}》 ${act.reissue.copyNo}`}
          channel="doccontrol.reissues.decide"
          id={act.reissue.id}
          onClose={() => setAct(null)}
          onDecided={refresh}
        />
      ) : null}
    </DcPageShell>
  );
}
