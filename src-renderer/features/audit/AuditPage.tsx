import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { CHANNELS } from '../../../src-shared/contract';
import type { AuditRow, AuditVerifyResult } from '../../../src-shared/modules/audit';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner } from '../../components/Field';
import { formatTime } from '../../components/time';
import { previewLink } from '../registers/previewLink';
import { AuditFilters, type AuditFilterForm, type UserOption } from './AuditFilters';

const PAGE_SIZE = 50;
const MODULES = [...new Set(CHANNELS.map((c) => c.split('.')[0]))];

/** Only the filters the user actually set: empty strings would fail the date/text schemas. */
function toFilter(f: AuditFilterForm) {
  return {
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.userId ? { userId: Number(f.userId) } : {}),
    ...(f.module ? { module: f.module } : {}),
    ...(f.entity.trim() ? { entity: f.entity.trim() } : {}),
  };
}

export function AuditPage() {
  const { t } = useTranslation();
  const [form, setForm] = useState<AuditFilterForm>({ from: '', to: '', userId: '', module: '', entity: '' });
  const [applied, setApplied] = useState(form);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ rows: AuditRow[]; total: number } | null>(null);
  const [known, setKnown] = useState<UserOption[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [verify, setVerify] = useState<AuditVerifyResult | null>(null);

  useEffect(() => {
    invoke('audit.actors', {}).then((actors) => setKnown(actors.map((a) => ({ id: a.userId, name: a.username }))), () => undefined);
  }, []);

  const load = useCallback(() => {
    invoke('audit.list', { ...toFilter(applied), page, pageSize: PAGE_SIZE }).then(
      (r) => {
        setData(r);
        setError(null);
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  }, [applied, page]);
  useEffect(load, [load]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setPage(1);
    setApplied({ ...form });
  };

  const runVerify = async () => {
    setVerify(null);
    try {
      setVerify(await invoke('audit.verify', {}));
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const pages = Math.max(1, Math.ceil((data?.total ?? 0) / PAGE_SIZE));
  const printLink = useMemo(() => previewLink('audit.register', toFilter(applied)), [applied]);

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('audit.title')}</h1>
        <div className="row">
          <button type="button" onClick={() => void runVerify()}>
            {t('audit.verify')}
          </button>
          <Link className="button" to={printLink}>
            {t('audit.print')}
          </Link>
        </div>
      </div>
      {verify ? (
        <p className={verify.ok ? 'notice' : 'error-banner'} role="status">
          {verify.ok || !verify.firstBroken
            ? t('audit.verifyOk', { checked: verify.checked })
            : t('audit.verifyBroken', { id: verify.firstBroken.id, reason: verify.firstBroken.reason })}
        </p>
      ) : null}
      <AuditFilters form={form} onChange={setForm} onSubmit={submit} users={known} modules={MODULES} />
      <ErrorBanner message={error} />
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('audit.col.time')}</th>
            <th>{t('audit.col.user')}</th>
            <th>{t('audit.col.channel')}</th>
            <th>{t('audit.col.entity')}</th>
            <th>{t('audit.col.summary')}</th>
          </tr>
        </thead>
        <tbody>
          {data?.rows.length === 0 ? (
            <tr>
              <td colSpan={5} className="empty">
                {t('app.noRecords')}
              </td>
            </tr>
          ) : null}
          {data?.rows.map((r) => (
            <tr key={r.id}>
              <td className="nowrap">{formatTime(r.at)}</td>
              <td>{r.username ?? ''}</td>
              <td>{r.channel}</td>
              <td>{[r.entity, r.entityId].filter(Boolean).join(' #')}</td>
              <td>{r.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="table-foot">
        <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
          {t('audit.prev')}
        </button>
        <span className="muted">{t('audit.page', { page, pages, total: data?.total ?? 0 })}</span>
        <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
          {t('audit.next')}
        </button>
      </div>
    </div>
  );
}
