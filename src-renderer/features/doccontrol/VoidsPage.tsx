import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { DcVoidRow } from '../../../src-shared/modules/doccontrol';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner, Field, Notice } from '../../components/Field';
import { formatTime } from '../../components/time';
import { useFormErrors } from '../../components/useFormErrors';
import { DcNav } from './DcNav';
import { DecideDialog } from './DecideDialog';
import { DestroyDialog } from './DestroyDialog';
import { DocPicker, type PickedDoc } from './DocPicker';
import { useLoad } from './hooks';
import { RegisterLink } from './RegisterLink';
import './doccontrol.css';

type Act = { kind: 'decide' | 'destroy'; row: DcVoidRow } | null;

/** 作废、销毁 (000 §5.9): the office proposes, the GM approves, two people destroy, every department gets a notice. */
export function VoidsPage() {
  const { t } = useTranslation();
  const canPropose = useCan('doccontrol.voids.create');
  const canDecide = useCan('doccontrol.voids.decide');
  const list = useLoad(() => invoke('doccontrol.voids.list', { limit: 50 }), { rows: [] as DcVoidRow[], nextBefore: null as number | null });
  const [doc, setDoc] = useState<PickedDoc | null>(null);
  const [reason, setReason] = useState('');
  const [act, setAct] = useState<Act>(null);
  const [done, setDone] = useState<string | null>(null);
  const { errors, fromError, clear } = useFormErrors(['documentId', 'reason']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    clear();
    try {
      await invoke('doccontrol.voids.create', { documentId: doc?.id ?? 0, reason: reason.trim() });
      setDone(t('doccontrolUi.voids.done'));
      setDoc(null);
      setReason('');
      list.reload();
    } catch (err) {
      fromError(err);
    }
  };

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('doccontrolUi.voids.title')}</h1>
      </div>
      <DcNav />
      <p className="muted">{t('doccontrolUi.voids.intro')}</p>
      <Notice message={done} />
      {canPropose ? (
        <form className="dc-form" onSubmit={(e) => void submit(e)}>
          <DocPicker value={doc} onChange={setDoc} error={errors.fields.documentId} />
          <Field label={t('doccontrolUi.voids.reason')} error={errors.fields.reason}>
            <input name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <ErrorBanner message={errors.general} />
          <div>
            <button type="submit" className="primary">
              {t('doccontrolUi.voids.submit')}
            </button>
          </div>
        </form>
      ) : null}
      <RegisterLink channel="doccontrol.voidRegister" form={t('doccontrolUi.forms.void')} />
      <ErrorBanner message={list.error} />
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('doccontrolUi.voids.col.doc')}</th>
            <th>{t('doccontrolUi.voids.col.reason')}</th>
            <th>{t('doccontrolUi.voids.col.status')}</th>
            <th>{t('doccontrolUi.voids.col.copies')}</th>
            <th>{t('doccontrolUi.voids.col.destruction')}</th>
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
          {list.data.rows.map((v) => (
            <tr key={v.id} data-testid="dc-void-row">
              <td>
                《{v.document.title}》 {v.document.docNo} {v.document.version}
              </td>
              <td>{v.reason}</td>
              <td>
                {t(`doccontrolUi.status.${v.status}`)} {v.decidedBy ? `${v.decidedBy} ${formatTime(v.decidedAt)}` : ''}
                {canDecide && v.status === 'pending' ? (
                  <button type="button" className="primary" onClick={() => setAct({ kind: 'decide', row: v })}>
                    {t('doccontrolUi.decide.approve')} / {t('doccontrolUi.decide.reject')}
                  </button>
                ) : null}
              </td>
              <td className="dc-mono">{v.voidedCopies.join('、')}</td>
              <td>
                {v.status === 'destroyed'
                  ? t('doccontrolUi.voids.destroyed', { copies: v.destroyedCopies.join('、') || '—', kept: v.keptCopies.join('、') })
                  : null}
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
          ))}
        </tbody>
      </table>
      {act?.kind === 'decide' ? (
        <DecideDialog
          what={`《${act.row.document.title}》 ${act.row.document.version}`}
          onClose={() => setAct(null)}
          onDecide={async (approve, note) => {
            await invoke('doccontrol.voids.decide', { id: act.row.id, approve, note });
            setAct(null);
            list.reload();
          }}
        />
      ) : null}
      {act?.kind === 'destroy' ? (
        <DestroyDialog
          row={act.row}
          onClose={() => setAct(null)}
          onDone={(row) => {
            setDone(t('doccontrolUi.voids.destroyed', { copies: row.destroyedCopies.join('、') || '—', kept: row.keptCopies.join('、') }));
            setAct(null);
            list.reload();
          }}
        />
      ) : null}
    </div>
  );
}
