import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DcCopyRequestRow } from '../../../src-shared/modules/doccontrol';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { Field } from '../../components/Field';
import { formatTime } from '../../components/time';
import { DcForm, DcSignature, IdSelect, useDcForm, useSignature } from './DcForm';
import { DcPageShell } from './DcPageShell';
import { DcTable, DecideButton, DocName } from './DcTable';
import { DecideDialog } from './DecideDialog';
import { DocPicker, type PickedDoc } from './DocPicker';
import { useDcList, useDepartments } from './hooks';
import { RegisterLink } from './RegisterLink';

/**
 * 文件复印登记表 (000 §5.7.1): the archivist records the request with the requester's signature; the office director,
 * logged in, approves or refuses it here (pending → approved).
 */
export function CopiesPage() {
  const { t } = useTranslation();
  const canWrite = useCan('doccontrol.copyRequests.create');
  const canDecide = useCan('doccontrol.copyRequests.decide');
  const departments = useDepartments();
  const list = useDcList((page) => invoke('doccontrol.copyRequests.list', page));
  const [doc, setDoc] = useState<PickedDoc | null>(null);
  const [copies, setCopies] = useState('1');
  const [purpose, setPurpose] = useState('');
  const [requester, setRequester] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const signature = useSignature();
  const [done, setDone] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<DcCopyRequestRow | null>(null);
  const { errors, submit } = useDcForm(['documentId', 'copies', 'purpose', 'requesterName', 'departmentId', 'signature']);

  const create = () =>
    submit(async () => {
      await invoke('doccontrol.copyRequests.create', {
        documentId: doc?.id ?? 0,
        copies: Number(copies),
        purpose: purpose.trim(),
        requesterName: requester.trim(),
        departmentId: Number(departmentId || departments[0]?.id || 0),
        signature: signature.png ?? '',
      });
      setDone(t('doccontrolUi.copies.done'));
      setDoc(null);
      setPurpose('');
      signature.reset();
      list.reload();
    });

  return (
    <DcPageShell section="copies" notice={done}>
      {canWrite ? (
        <DcForm submitLabel={t('doccontrolUi.copies.submit')} error={errors.general} onSubmit={create}>
          <DocPicker value={doc} onChange={setDoc} error={errors.fields.documentId} />
          <Field label={t('doccontrolUi.copies.copies')} error={errors.fields.copies}>
            <input name="copies" type="number" min={1} value={copies} onChange={(e) => setCopies(e.target.value)} />
          </Field>
          <Field label={t('doccontrolUi.copies.purpose')} error={errors.fields.purpose}>
            <input name="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value)} />
          </Field>
          <Field label={t('doccontrolUi.copies.requester')} error={errors.fields.requesterName}>
            <input name="requesterName" value={requester} onChange={(e) => setRequester(e.target.value)} />
          </Field>
          <IdSelect name="departmentId" label={t('doccontrolUi.copies.department')} error={errors.fields.departmentId} value={departmentId} onChange={setDepartmentId} options={departments} />
          <DcSignature signature={signature} label={t('doccontrolUi.copies.signature')} error={errors.fields.signature} />
        </DcForm>
      ) : null}
      <RegisterLink channel="doccontrol.copyRegister" form={t('doccontrolUi.forms.copy')} />
      <DcTable section="copies" columns={['doc', 'copies', 'requester', 'status', 'decided']} rows={list.data.rows} error={list.error}>
        {(r) => (
          <tr key={r.id} data-testid="dc-copy-row">
            <td>
              <DocName doc={r.document} />
              <div className="muted">{r.purpose}</div>
            </td>
            <td>{r.copies}</td>
            <td>
              {r.departmentName} {r.requesterName}
            </td>
            <td>{t(`doccontrolUi.status.${r.status}`)}</td>
            <td>
              {r.decidedBy ? `${r.decidedBy} ${formatTime(r.decidedAt)} ${r.decisionNote}` : null}
              <DecideButton show={canDecide && r.status === 'pending'} onClick={() => setDeciding(r)} />
            </td>
          </tr>
        )}
      </DcTable>
      {deciding ? (
        <DecideDialog
          what={`《${deciding.document.title}》 ×${deciding.copies}`}
          channel="doccontrol.copyRequests.decide"
          id={deciding.id}
          onClose={() => setDeciding(null)}
          onDecided={() => {
            setDeciding(null);
            list.reload();
          }}
        />
      ) : null}
    </DcPageShell>
  );
}
