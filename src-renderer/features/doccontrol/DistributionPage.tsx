import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DcDistributionRow } from '../../../src-shared/modules/doccontrol';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner, Field, Notice } from '../../components/Field';
import { SignaturePad } from '../../components/SignaturePad';
import { formatTime } from '../../components/time';
import { useFormErrors } from '../../components/useFormErrors';
import { DcNav } from './DcNav';
import { DocPicker, type PickedDoc } from './DocPicker';
import { useDepartments, useLoad } from './hooks';
import { RegisterLink } from './RegisterLink';
import './doccontrol.css';

/** 文件分发登记表 (000 §5.5.1): scope, quantity, the distribution numbers given, and the receiver's signature. */
export function DistributionPage() {
  const { t } = useTranslation();
  const canWrite = useCan('doccontrol.distributions.create');
  const departments = useDepartments();
  const list = useLoad(() => invoke('doccontrol.distributions.list', { limit: 50 }), { rows: [] as DcDistributionRow[], nextBefore: null as number | null });
  const [doc, setDoc] = useState<PickedDoc | null>(null);
  const [departmentId, setDepartmentId] = useState('');
  const [receiver, setReceiver] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [note, setNote] = useState('');
  const [signature, setSignature] = useState<string | null>(null);
  const [padKey, setPadKey] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const { errors, fromError, clear } = useFormErrors(['documentId', 'departmentId', 'receiverName', 'quantity', 'signature', 'note']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    clear();
    try {
      const row = await invoke('doccontrol.distributions.create', {
        documentId: doc?.id ?? 0,
        departmentId: Number(departmentId || departments[0]?.id || 0),
        receiverName: receiver.trim(),
        quantity: Number(quantity),
        signature: signature ?? '',
        note: note.trim(),
      });
      setDone(t('doccontrolUi.distribution.done', { title: `《${row.document.title}》`, department: row.departmentName, copyNos: row.copyNos.join('、') }));
      setDoc(null);
      setReceiver('');
      setSignature(null);
      setPadKey((k) => k + 1);
      list.reload();
    } catch (err) {
      fromError(err);
    }
  };

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('doccontrolUi.distribution.title')}</h1>
      </div>
      <DcNav />
      <p className="muted">{t('doccontrolUi.distribution.intro')}</p>
      <Notice message={done} />
      {canWrite ? (
        <form className="dc-form" onSubmit={(e) => void submit(e)}>
          <DocPicker value={doc} onChange={setDoc} error={errors.fields.documentId} />
          <Field label={t('doccontrolUi.distribution.department')} error={errors.fields.departmentId}>
            <select name="departmentId" value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('doccontrolUi.distribution.receiver')} error={errors.fields.receiverName}>
            <input name="receiverName" value={receiver} onChange={(e) => setReceiver(e.target.value)} />
          </Field>
          <Field label={t('doccontrolUi.distribution.quantity')} error={errors.fields.quantity}>
            <input name="quantity" type="number" min={1} value={quantity} onChange={(e) => setQuantity(e.target.value)} />
          </Field>
          <Field label={t('doccontrolUi.distribution.note')} error={errors.fields.note}>
            <input name="note" value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
          <SignaturePad
            key={padKey}
            label={t('doccontrolUi.distribution.signature')}
            placeholder={t('doccontrolUi.distribution.signHere')}
            clearLabel={t('doccontrolUi.distribution.clear')}
            onChange={setSignature}
            error={errors.fields.signature}
          />
          <ErrorBanner message={errors.general} />
          <div>
            <button type="submit" className="primary">
              {t('doccontrolUi.distribution.submit')}
            </button>
          </div>
        </form>
      ) : null}
      <RegisterLink channel="doccontrol.distributionRegister" form={t('doccontrolUi.forms.distribution')} />
      <ErrorBanner message={list.error} />
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('doccontrolUi.distribution.col.doc')}</th>
            <th>{t('doccontrolUi.distribution.col.scope')}</th>
            <th>{t('doccontrolUi.distribution.col.copyNos')}</th>
            <th>{t('doccontrolUi.distribution.col.at')}</th>
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
          {list.data.rows.map((d) => (
            <tr key={d.id} data-testid="dc-distribution-row">
              <td>
                《{d.document.title}》 {d.document.docNo} {d.document.version}
              </td>
              <td>
                {d.departmentName} {d.receiverName}
              </td>
              <td className="dc-mono">{d.copyNos.join('、')}</td>
              <td>
                {formatTime(d.distributedAt)} {d.distributedBy}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
