import { useEffect, useState, type FormEvent } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DcPrintingRow } from '../../../src-shared/modules/doccontrol';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner, Field, Notice } from '../../components/Field';
import { formatTime } from '../../components/time';
import { useFormErrors } from '../../components/useFormErrors';
import { DcNav } from './DcNav';
import { DocPicker, type PickedDoc } from './DocPicker';
import { useLoad } from './hooks';
import { RegisterLink } from './RegisterLink';
import './doccontrol.css';

/** 印制文件登记表 (000 §5.1.4): every print run of an approved document, with its approver. */
export function PrintingPage() {
  const { t } = useTranslation();
  const canWrite = useCan('doccontrol.printings.create');
  const list = useLoad(() => invoke('doccontrol.printings.list', { limit: 50 }), { rows: [] as DcPrintingRow[], nextBefore: null as number | null });
  const [approvers, setApprovers] = useState<{ id: number; name: string }[]>([]);
  const [doc, setDoc] = useState<PickedDoc | null>(null);
  const [copies, setCopies] = useState('1');
  const [reviewer, setReviewer] = useState('');
  const [approvedBy, setApprovedBy] = useState('');
  const [approvedOn, setApprovedOn] = useState(() => dayjs().format('YYYY-MM-DD'));
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { errors, fromError, clear } = useFormErrors(['documentId', 'copies', 'reviewerName', 'approvedBy', 'approvedOn', 'note']);

  useEffect(() => {
    if (canWrite) invoke('doccontrol.approvers', {}).then((a) => (setApprovers(a), setApprovedBy(a[0] ? String(a[0].id) : '')), () => undefined);
  }, [canWrite]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    clear();
    try {
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
    } catch (err) {
      fromError(err);
    }
  };

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('doccontrolUi.printing.title')}</h1>
      </div>
      <DcNav />
      <p className="muted">{t('doccontrolUi.printing.intro')}</p>
      <Notice message={done} />
      {canWrite ? (
        <form className="dc-form" onSubmit={(e) => void submit(e)}>
          <DocPicker value={doc} onChange={setDoc} error={errors.fields.documentId} />
          <Field label={t('doccontrolUi.printing.copies')} error={errors.fields.copies}>
            <input name="copies" type="number" min={1} value={copies} onChange={(e) => setCopies(e.target.value)} />
          </Field>
          <Field label={t('doccontrolUi.printing.reviewer')} error={errors.fields.reviewerName}>
            <input name="reviewerName" value={reviewer} onChange={(e) => setReviewer(e.target.value)} />
          </Field>
          <Field label={t('doccontrolUi.printing.approver')} error={errors.fields.approvedBy}>
            <select name="approvedBy" value={approvedBy} onChange={(e) => setApprovedBy(e.target.value)}>
              {approvers.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('doccontrolUi.printing.approvedOn')} error={errors.fields.approvedOn}>
            <input name="approvedOn" type="date" value={approvedOn} onChange={(e) => setApprovedOn(e.target.value)} />
          </Field>
          <Field label={t('doccontrolUi.printing.note')} error={errors.fields.note}>
            <input name="note" value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
          <ErrorBanner message={errors.general} />
          <div>
            <button type="submit" className="primary">
              {t('doccontrolUi.printing.submit')}
            </button>
          </div>
        </form>
      ) : null}
      <RegisterLink channel="doccontrol.printingRegister" form={t('doccontrolUi.forms.printing')} />
      <ErrorBanner message={list.error} />
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('doccontrolUi.printing.col.doc')}</th>
            <th>{t('doccontrolUi.printing.col.copies')}</th>
            <th>{t('doccontrolUi.printing.col.approver')}</th>
            <th>{t('doccontrolUi.printing.col.printed')}</th>
          </tr>
        </thead>
        <tbody>
          {list.data.rows.length === 0 ? (
            <tr>
              <td colSpan={4} className="empty">
                {t('doccontrolUi.none')}
              </td>
            </tr>
          ) : null}
          {list.data.rows.map((p) => (
            <tr key={p.id}>
              <td>
                《{p.document.title}》 {p.document.docNo} {p.document.version}
              </td>
              <td>{p.copies}</td>
              <td>
                {p.approvedBy} {p.approvedOn}
              </td>
              <td>
                {formatTime(p.printedAt)} {p.printedBy}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
