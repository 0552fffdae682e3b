import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DcCopyRequestRow } from '../../../src-shared/modules/doccontrol';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner, Field, Notice } from '../../components/Field';
import { SignaturePad } from '../../components/SignaturePad';
import { formatTime } from '../../components/time';
import { useFormErrors } from '../../components/useFormErrors';
import { DcNav } from './DcNav';
import { DecideDialog } from './DecideDialog';
import { DocPicker, type PickedDoc } from './DocPicker';
import { useDepartments, useLoad } from './hooks';
import { RegisterLink } from './RegisterLink';
import './doccontrol.css';

/**
 * 文件复印登记表 (000 §5.7.1): the archivist records the request with the requester's signature; the office director,
 * logged in, approves or refuses it here (pending → approved).
 */
export function CopiesPage() {
  const { t } = useTranslation();
  const canWrite = useCan('doccontrol.copyRequests.create');
  const canDecide = useCan('doccontrol.copyRequests.decide');
  const departments = useDepartments();
  const list = useLoad(() => invoke('doccontrol.copyRequests.list', { limit: 50 }), { rows: [] as DcCopyRequestRow[], nextBefore: null as number | null });
  const [doc, setDoc] = useState<PickedDoc | null>(null);
  const [copies, setCopies] = useState('1');
  const [purpose, setPurpose] = useState('');
  const [requester, setRequester] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [signature, setSignature] = useState<string | null>(null);
  const [padKey, setPadKey] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<DcCopyRequestRow | null>(null);
  const { errors, fromError, clear } = useFormErrors(['documentId', 'copies', 'purpose', 'requesterName', 'departmentId', 'signature']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    clear();
    try {
      await invoke('doccontrol.copyRequests.create', {
        documentId: doc?.id ?? 0,
        copies: Number(copies),
        purpose: purpose.trim(),
        requesterName: requester.trim(),
        departmentId: Number(departmentId || departments[0]?.id || 0),
        signature: signature ?? '',
      });
      setDone(t('doccontrolUi.copies.done'));
      setDoc(null);
      setPurpose('');
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
        <h1>{t('doccontrolUi.copies.title')}</h1>
      </div>
      <DcNav />
      <p className="muted">{t('doccontrolUi.copies.intro')}</p>
      <Notice message={done} />
      {canWrite ? (
        <form className="dc-form" onSubmit={(e) => void submit(e)}>
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
          <Field label={t('doccontrolUi.copies.department')} error={errors.fields.departmentId}>
            <select name="departmentId" value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </Field>
          <SignaturePad key={padKey} label={t('doccontrolUi.copies.signature')} placeholder={t('doccontrolUi.distribution.signHere')} clearLabel={t('doccontrolUi.distribution.clear')} onChange={setSignature} error={errors.fields.signature} />
          <ErrorBanner message={errors.general} />
          <div>
            <button type="submit" className="primary">
              {t('doccontrolUi.copies.submit')}
            </button>
          </div>
        </form>
      ) : null}
      <RegisterLink channel="doccontrol.copyRegister" form={t('doccontrolUi.forms.copy')} />
      <ErrorBanner message={list.error} />
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('doccontrolUi.copies.col.doc')}</th>
            <th>{t('doccontrolUi.copies.col.copies')}</th>
            <th>{t('doccontrolUi.copies.col.requester')}</th>
            <th>{t('doccontrolUi.copies.col.status')}</th>
            <th>{t('doccontrolUi.copies.col.decided')}</th>
          </tr>
        </thead>
        <tbody>
          {list.data.rows.length === 0 ? (
            <tr>
              <td colSpan={5} className="empty">
                {t('doccontrolUi.none')}
              </td>
            </tr>
          ) : null}
          {list.data.rows.map((r) => (
            <tr key={r.id} data-testid="dc-copy-row">
              <td>
                《{r.document.title}》 {r.document.docNo}
                <div className="muted">{r.purpose}</div>
              </td>
              <td>{r.copies}</td>
              <td>
                {r.departmentName} {r.requesterName}
              </td>
              <td>{t(`doccontrolUi.status.${r.status}`)}</td>
              <td>
                {r.decidedBy ? `${r.decidedBy} ${formatTime(r.decidedAt)} ${r.decisionNote}` : null}
                {canDecide && r.status === 'pending' ? (
                  <button type="button" className="primary" onClick={() => setDeciding(r)}>
                    {t('doccontrolUi.decide.approve')} / {t('doccontrolUi.decide.reject')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {deciding ? (
        <DecideDialog
          what={`《${deciding.document.title}》 ×${deciding.copies}`}
          onClose={() => setDeciding(null)}
          onDecide={async (approve, note) => {
            await invoke('doccontrol.copyRequests.decide', { id: deciding.id, approve, note });
            setDeciding(null);
            list.reload();
          }}
        />
      ) : null}
    </div>
  );
}
