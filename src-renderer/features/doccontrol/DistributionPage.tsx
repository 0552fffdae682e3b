import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { Field } from '../../components/Field';
import { formatTime } from '../../components/time';
import { DcForm, DcSignature, IdSelect, useDcForm, useSignature } from './DcForm';
import { DcPageShell } from './DcPageShell';
import { DcTable, DocName } from './DcTable';
import { DocPicker, type PickedDoc } from './DocPicker';
import { useDcList, useDepartments } from './hooks';
import { RegisterLink } from './RegisterLink';

/** 文件分发登记表 (000 §5.5.1): scope, quantity, the distribution numbers given, and the receiver's signature. */
export function DistributionPage() {
  const { t } = useTranslation();
  const canWrite = useCan('doccontrol.distributions.create');
  const departments = useDepartments();
  const list = useDcList((page) => invoke('doccontrol.distributions.list', page));
  const [doc, setDoc] = useState<PickedDoc | null>(null);
  const [departmentId, setDepartmentId] = useState('');
  const [receiver, setReceiver] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [note, setNote] = useState('');
  const signature = useSignature();
  const [done, setDone] = useState<string | null>(null);
  const { errors, submit } = useDcForm(['documentId', 'departmentId', 'receiverName', 'quantity', 'signature', 'note']);

  const create = () =>
    submit(async () => {
      const row = await invoke('doccontrol.distributions.create', {
        documentId: doc?.id ?? 0,
        departmentId: Number(departmentId || departments[0]?.id || 0),
        receiverName: receiver.trim(),
        quantity: Number(quantity),
        signature: signature.png ?? '',
        note: note.trim(),
      });
      setDone(t('doccontrolUi.distribution.done', { title: `《${row.document.title}》`, department: row.departmentName, copyNos: row.copyNos.join('、') }));
      setDoc(null);
      setReceiver('');
      signature.reset();
      list.reload();
    });

  return (
    <DcPageShell section="distribution" notice={done}>
      {canWrite ? (
        <DcForm submitLabel={t('doccontrolUi.distribution.submit')} error={errors.general} onSubmit={create}>
          <DocPicker value={doc} onChange={setDoc} error={errors.fields.documentId} />
          <IdSelect name="departmentId" label={t('doccontrolUi.distribution.department')} error={errors.fields.departmentId} value={departmentId} onChange={setDepartmentId} options={departments} />
          <Field label={t('doccontrolUi.distribution.receiver')} error={errors.fields.receiverName}>
            <input name="receiverName" value={receiver} onChange={(e) => setReceiver(e.target.value)} />
          </Field>
          <Field label={t('doccontrolUi.distribution.quantity')} error={errors.fields.quantity}>
            <input name="quantity" type="number" min={1} value={quantity} onChange={(e) => setQuantity(e.target.value)} />
          </Field>
          <Field label={t('doccontrolUi.distribution.note')} error={errors.fields.note}>
            <input name="note" value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
          <DcSignature signature={signature} label={t('doccontrolUi.distribution.signature')} error={errors.fields.signature} />
        </DcForm>
      ) : null}
      <RegisterLink channel="doccontrol.distributionRegister" form={t('doccontrolUi.forms.distribution')} />
      <DcTable section="distribution" columns={['doc', 'scope', 'copyNos', 'at']} rows={list.data.rows} error={list.error}>
        {(d) => (
          <tr key={d.id} data-testid="dc-distribution-row">
            <td>
              <DocName doc={d.document} withVersion />
            </td>
            <td>
              {d.departmentName} {d.receiverName}
            </td>
            <td className="dc-mono">{d.copyNos.join('、')}</td>
            <td>
              {formatTime(d.distributedAt)} {d.distributedBy}
            </td>
          </tr>
        )}
      </DcTable>
    </DcPageShell>
  );
}
