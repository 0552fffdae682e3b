import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { DcVoidRow } from '../../../src-shared/modules/doccontrol';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { Field } from '../../components/Field';
import { formatTime } from '../../components/time';
import { DcForm, useDcForm } from './DcForm';
import { DcPageShell } from './DcPageShell';
import { DcTable, DecideButton, DocName } from './DcTable';
import { DecideDialog } from './DecideDialog';
import { DestroyDialog } from './DestroyDialog';
import { DocPicker, type PickedDoc } from './DocPicker';
import { useDcList } from './hooks';
import { RegisterLink } from './RegisterLink';

type Act = { kind: 'decide' | 'destroy'; row: DcVoidRow } | null;

/** 作废、销毁 (000 §5.9): the office proposes, the GM approves, two people destroy, every department gets a notice. */
export function VoidsPage() {
  const { t } = useTranslation();
  const canPropose = useCan('doccontrol.voids.create');
  const canDecide = useCan('doccontrol.voids.decide');
  const list = useDcList((page) => invoke('doccontrol.voids.list', page));
  const [doc, setDoc] = useState<PickedDoc | null>(null);
  const [reason, setReason] = useState('');
  const [act, setAct] = useState<Act>(null);
  const [done, setDone] = useState<string | null>(null);
  const { errors, submit } = useDcForm(['documentId', 'reason']);

  const propose = () =>
    submit(async () => {
      await invoke('doccontrol.voids.create', { documentId: doc?.id ?? 0, reason: reason.trim() });
      setDone(t('doccontrolUi.voids.done'));
      setDoc(null);
      setReason('');
      list.reload();
    });
  const closeAndReload = () => {
    setAct(null);
    list.reload();
  };

  return (
    <DcPageShell section="voids" notice={done}>
      {canPropose ? (
        <DcForm submitLabel={t('doccontrolUi.voids.submit')} error={errors.general} onSubmit={propose}>
          <DocPicker value={doc} onChange={setDoc} error={errors.fields.documentId} />
          <Field label={t('doccontrolUi.voids.reason')} error={errors.fields.reason}>
            <input name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
        </DcForm>
      ) : null}
      <RegisterLink channel="doccontrol.voidRegister" form={t('doccontrolUi.forms.void')} />
      <DcTable section="voids" columns={['doc', 'reason', 'status', 'copies', 'destruction']} rows={list.data.rows} error={list.error}>
        {(v) => (
          <tr key={v.id} data-testid="dc-void-row">
            <td>
              <DocName doc={v.document} withVersion />
            </td>
            <td>{v.reason}</td>
            <td>
              {t(`doccontrolUi.status.${v.status}`)} {v.decidedBy ? `${v.decidedBy} ${formatTime(v.decidedAt)}` : ''}
              <DecideButton show={canDecide && v.status === 'pending'} onClick={() => setAct({ kind: 'decide', row: v })} />
            </td>
            <td className="dc-mono">{v.voidedCopies.join('、')}</td>
            <td>
              {v.status === 'destroyed' ? t('doccontrolUi.voids.destroyed', { copies: v.destroyedCopies.join('、') || '—', kept: v.keptCopies.join('、') }) : null}
              {v.status === 'destroyed' ? <div className="muted">{`${v.destroyedBy ?? ''} / ${v.supervisedBy ?? ''}`}</div> : null}
              {canPropose && v.status === 'approved' && v.voidedCopies.length > 0 ? (
                <button type="button" className="danger" onClick={() => setAct({ kind: 'destroy', row: v })}>
                  {t('doccontrolUi.voids.destroy')}
                </button>
              ) : null}{' '}
              {v.status === 'approved' || v.status === 'destroyed' ? (
                <Link className="button" to={`/archive/control/voids/${v.id}/notice`}>
                  {t('doccontrolUi.voids.notice')}
                </Link>
              ) : null}
            </td>
          </tr>
        )}
      </DcTable>
      {act?.kind === 'decide' ? (
        <DecideDialog
          what={`《${act.row.document.title}》 ${act.row.document.version}`}
          channel="doccontrol.voids.decide"
          id={act.row.id}
          onClose={() => setAct(null)}
          onDecided={closeAndReload}
        />
      ) : null}
      {act?.kind === 'destroy' ? (
        <DestroyDialog
          row={act.row}
          onClose={() => setAct(null)}
          onDone={(row) => {
            setDone(t('doccontrolUi.voids.destroyed', { copies: row.destroyedCopies.join('、') || '—', kept: row.keptCopies.join('、') }));
            closeAndReload();
          }}
        />
      ) : null}
    </DcPageShell>
  );
}
