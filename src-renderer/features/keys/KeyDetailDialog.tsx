import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { KeyDetail, KeyRow, LoanRow } from '../../../src-shared/modules/keys';
import { errorMessage, invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner, Notice } from '../../components/Field';
import { ReasonDialog } from '../../components/ReasonDialog';
import { formatTime } from '../../components/time';
import { LostDialog } from './LostDialog';

type Act = 'retire' | 'resolve' | 'lost' | null;

function loanReturn(l: LoanRow, t: (k: string) => string): string {
  if (l.status === 'open') return t('keyDepositsUi.detail.loanOpen');
  if (l.status === 'lost') return t('keyDepositsUi.detail.loanLost');
  return `${formatTime(l.returnedAt)} ${l.returnedBy ?? ''}`.trim();
}

/**
 * One key or ring with its whole story: the keys on a ring, every loan (borrower, approver, return and condition)
 * and its history. The acts that end or clear something (retire, lock resolved, report lost) start from here.
 */
export function KeyDetailDialog({ keyId, onClose, onChanged }: { keyId: number; onClose(): void; onChanged(k: KeyRow): void }) {
  const { t } = useTranslation();
  const canRetire = useCan('keys.retire');
  const canResolve = useCan('keys.lockResolved');
  const canReportLost = useCan('keys.reportLost');
  const [detail, setDetail] = useState<KeyDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [act, setAct] = useState<Act>(null);

  const load = useCallback(() => {
    invoke('keys.get', { id: keyId, code: '' }).then(
      (d) => {
        setDetail(d);
        setError(null);
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  }, [keyId]);
  useEffect(load, [load]);

  const done = (k: KeyRow, message: string) => {
    setAct(null);
    setNotice(message);
    onChanged(k);
    load();
  };

  const k = detail?.key;

  return (
    <>
      <Dialog title={k ? t('keyDepositsUi.detail.title', { code: k.code, name: k.name }) : t('keyDepositsUi.detail.open')} onClose={onClose} wide>
        <div className="keys-detail">
          <ErrorBanner message={error} />
          <Notice message={notice} />
          {k ? (
            <>
              <dl className="keys-detail-facts">
                <dt>{t('keyDepositsUi.detail.facts.kind')}</dt>
                <dd>{t(k.kind === 'ring' ? 'keyDepositsUi.labels.ring' : 'keyDepositsUi.labels.key')}</dd>
                <dt>{t('keyDepositsUi.detail.facts.category')}</dt>
                <dd>{k.categoryName}</dd>
                <dt>{t('keyDepositsUi.detail.facts.opens')}</dt>
                <dd>{k.opens || '—'}</dd>
                <dt>{t('keyDepositsUi.detail.facts.cabinet')}</dt>
                <dd>{[k.cabinet, k.hook].filter(Boolean).join(' / ') || '—'}</dd>
                <dt>{t('keyDepositsUi.detail.facts.copies')}</dt>
                <dd>{k.copies}</dd>
                <dt>{t('keyDepositsUi.detail.facts.status')}</dt>
                <dd>
                  <span className={`keys-status keys-status-${k.status}`}>{t(`keys.status.${k.status}`)}</span>
                  {k.restricted ? <span className="keys-badge keys-badge-restricted">{t('keysUi.restricted')}</span> : null}
                </dd>
                {k.ringCode ? (
                  <>
                    <dt>{t('keyDepositsUi.detail.facts.ring')}</dt>
                    <dd className="keys-code">{k.ringCode}</dd>
                  </>
                ) : null}
                {k.restricted ? (
                  <>
                    <dt>{t('keyDepositsUi.detail.facts.allowed')}</dt>
                    <dd>{k.allowedUsers.map((u) => u.name).join('、') || '—'}</dd>
                  </>
                ) : null}
                {k.note ? (
                  <>
                    <dt>{t('keyDepositsUi.detail.facts.note')}</dt>
                    <dd>{k.note}</dd>
                  </>
                ) : null}
              </dl>
              {k.lockAttention ? (
                <p className="keys-refusal">{t('keyDepositsUi.detail.attention', { at: formatTime(k.lockAttention.at), note: k.lockAttention.note })}</p>
              ) : null}
              {k.retired ? <p className="warning">{t('keyDepositsUi.detail.retired', { at: formatTime(k.retired.at), reason: k.retired.reason })}</p> : null}
              {k.kind === 'ring' ? (
                <>
                  <h3>{t('keyDepositsUi.detail.members', { count: detail.members.length })}</h3>
                  <ul>
                    {detail.members.map((m) => (
                      <li key={m.id}>
                        <span className="keys-code">{m.code}</span> {m.name} <span className="muted">{t(`keys.status.${m.status}`)}</span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <h3>{t('keyDepositsUi.detail.loans')}</h3>
              {detail.loans.length === 0 ? (
                <p className="muted">{t('keyDepositsUi.detail.noLoans')}</p>
              ) : (
                <table className="data-table keys-detail-loans">
                  <thead>
                    <tr>
                      <th>{t('keyDepositsUi.detail.loanCol.lentAt')}</th>
                      <th>{t('keyDepositsUi.detail.loanCol.borrower')}</th>
                      <th>{t('keyDepositsUi.detail.loanCol.reason')}</th>
                      <th>{t('keyDepositsUi.detail.loanCol.approver')}</th>
                      <th>{t('keyDepositsUi.detail.loanCol.returnedAt')}</th>
                      <th>{t('keyDepositsUi.detail.loanCol.condition')}</th>
                      <th>{t('keyDepositsUi.detail.loanCol.lentBy')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {detail.loans.map((l) => (
                      <tr key={l.id} className={l.overdue ? 'keys-loan-overdue' : undefined}>
                        <td>{formatTime(l.lentAt)}</td>
                        <td>
                          {[l.borrowerCompany, l.borrowerName, l.borrowerPhone].filter(Boolean).join(' ')}
                          {l.keyId !== k.id ? <span className="muted"> · {l.keyCode}</span> : null}
                        </td>
                        <td>{l.reason}</td>
                        <td>{l.approvedBy ?? ''}</td>
                        <td>{loanReturn(l, t)}</td>
                        <td>{l.status === 'lost' ? l.lostNote : l.condition}</td>
                        <td>{l.lentBy}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <h3>{t('keyDepositsUi.detail.events')}</h3>
              <table className="data-table keys-detail-events">
                <thead>
                  <tr>
                    <th>{t('keyDepositsUi.detail.eventCol.at')}</th>
                    <th>{t('keyDepositsUi.detail.eventCol.kind')}</th>
                    <th>{t('keyDepositsUi.detail.eventCol.by')}</th>
                    <th>{t('keyDepositsUi.detail.eventCol.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {detail.events.map((e, i) => (
                    <tr key={i}>
                      <td>{formatTime(e.at)}</td>
                      <td>{t(`keyDepositsUi.detail.eventKinds.${e.kind}`, { defaultValue: e.kind })}</td>
                      <td>{e.by}</td>
                      <td>{e.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="keys-detail-actions">
                {k.status !== 'retired' ? (
                  <Link className="button" to={`/keys/labels?ids=${k.id}`}>
                    {t('keyDepositsUi.detail.printLabel')}
                  </Link>
                ) : null}
                {canResolve && k.lockAttention ? (
                  <button type="button" onClick={() => setAct('resolve')}>
                    {t('keyDepositsUi.detail.resolve')}
                  </button>
                ) : null}
                {canReportLost && (k.status === 'in' || k.status === 'out') ? (
                  <button type="button" className="danger" onClick={() => setAct('lost')}>
                    {t('keyDepositsUi.detail.reportLost')}
                  </button>
                ) : null}
                {canRetire && (k.status === 'in' || k.status === 'lost') ? (
                  <button type="button" className="danger" onClick={() => setAct('retire')}>
                    {t('keyDepositsUi.detail.retire')}
                  </button>
                ) : null}
                <button type="button" onClick={onClose}>
                  {t('keyDepositsUi.detail.close')}
                </button>
              </div>
            </>
          ) : null}
        </div>
      </Dialog>
      {k && act === 'retire' ? (
        <ReasonDialog
          title={t('keyDepositsUi.detail.retireTitle', { code: k.code })}
          hint={t('keyDepositsUi.detail.retireHint')}
          label={t('keyDepositsUi.detail.retireReason')}
          submitLabel={t('keyDepositsUi.detail.retire')}
          danger
          onClose={() => setAct(null)}
          submit={(reason) => invoke('keys.retire', { id: k.id, code: '', reason })}
          onDone={(r) => done(r, t('keyDepositsUi.detail.retiredDone', { code: r.code }))}
        />
      ) : null}
      {k && act === 'resolve' ? (
        <ReasonDialog
          title={t('keyDepositsUi.detail.resolveTitle', { code: k.code })}
          hint={t('keyDepositsUi.detail.resolveHint')}
          label={t('keyDepositsUi.detail.resolveNote')}
          submitLabel={t('keyDepositsUi.detail.resolve')}
          onClose={() => setAct(null)}
          submit={(note) => invoke('keys.lockResolved', { id: k.id, code: '', note })}
          onDone={(r) => done(r, t('keyDepositsUi.detail.resolvedDone', { code: r.code }))}
        />
      ) : null}
      {k && act === 'lost' ? <LostDialog target={k} onClose={() => setAct(null)} onDone={(r) => done(r, t('keysUi.list.lostDone', { code: r.code }))} /> : null}
    </>
  );
}
