import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { Field } from '../../components/Field';
import { formatTime } from '../../components/time';
import { DcForm, IdSelect, useDcForm } from './DcForm';
import { DcPageShell } from './DcPageShell';
import { DcTable, DocName } from './DcTable';
import { DocPicker, type PickedDoc } from './DocPicker';
import { useDcList } from './hooks';
import { RegisterLink } from './RegisterLink';

/** 印制文件登记表 (000 §5.1.4): every print run of an approved document, with its approver. */
export function PrintingPage() {
  const { t } = useTranslation();
  const canWrite = useCan('doccontrol.printings.create');
  const list = useDcList((page) => invoke('doccontrol.printings.list', page));
  const [approvers, setApprovers] = useState<{ id: number; name: string }[]>([]);
  const [doc, setDoc] = useState<PickedDoc | null>(null);
  const [copies, setCopies] = useState('1');
  const [reviewer, setReviewer] = useState('');
  const [approvedBy, setApprovedBy] = useState('');
  const [approvedOn, setApprovedOn] = useState(() => dayjs().format('YYYY-MM-DD'));
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { errors, submit } = useDcForm(['documentId', 'copies', 'reviewerName', 'approvedBy', 'approvedOn', 'note']);

  useEffect(() => {
    if (canWrite) invoke('doccontrol.approvers', {}).then((a) => (setApprovers(a), setApprovedBy(a[0] ? String(a[0].id) : '')), () => undefined);
  }, [canWrite]);

  const create = () =>
    submit(async () => {
      const row = await invoke('doccontrol.printings.create', {
        documentId: doc?.id ?? 0,
        copies: Number(copies),
        reviewerName: reviewer.trim(),
        approvedBy: Number(approvedBy),
        approvedOn,
        note: note.trim(),
      });
      setDone(t('doccontrolUi.printing.done', { title: `《${row.document.title}》`, copies: row.copies }));
      setDoc(null);
      list.reload();
    });

  return (
    <DcPageShell section="printing" notice={done}>
      {canWrite ? (
        <DcForm submitLabel={t('doccontrolUi.printing.submit')} error={errors.general} onSubmit={create}>
          <DocPicker value={doc} onChange={setDoc} error={errors.fields.documentId} />
          <Field label={t('doccontrolUi.printing.copies')} error={errors.fields.copies}>
            <input name="copies" type="number" min={1} value={copies} onChange={(e) => setCopies(e.target.value)} />
          </Field>
          <Field label={t('doccontrolUi.printing.reviewer')} error={errors.fields.reviewerName}>
            <input name="reviewerName" value={reviewer} onChange={(e) => setReviewer(e.target.value)} />
          </Field>
          <IdSelect name="approvedBy" label={t('doccontrolUi.printing.approver')} error={errors.fields.approvedBy} value={approvedBy} onChange={setApprovedBy} options={approvers} />
          <Field label={t('doccontrolUi.printing.approvedOn')} error={errors.fields.approvedOn}>
            <input name="approvedOn" type="date" value={approvedOn} onChange={(e) => setApprovedOn(e.target.value)} />
          </Field>
          <Field label={t('doccontrolUi.printing.note')} error={errors.fields.note}>
            <input name="note" value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
        </DcForm>
      ) : null}
      <RegisterLink channel="doccontrol.printingRegister" form={t('doccontrolUi.forms.printing')} />
      <DcTable section="printing" columns={['doc', 'copies', 'approver', 'printed']} rows={list.data.rows} error={list.error}>
        {(p) => (
          <tr key={p.id}>
            <td>
              <DocName doc={p.document} withVersion />
            </td>
            <td>{p.copies}</td>
            <td>
              {p.approvedBy} {p.approvedOn}
            </td>
            <td>
              {formatTime(p.printedAt)} {p.printedBy}
            </td>
          </tr>
        )}
      </DcTable>
    </DcPageShell>
  );
}
