import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { PassRow, PassStatus } from '../../../src-shared/modules/passes';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner } from '../../components/Field';
import { SearchBox } from '../../components/SearchBox';
import { TableFoot } from '../../components/TableFoot';
import { usePagedSearch } from '../../components/usePagedSearch';
import { previewLink } from '../registers/previewLink';
import { IssuePassDialog } from './IssuePassDialog';
import { PassEntriesDialog } from './PassEntriesDialog';
import { PassTable } from './PassTable';
import { RevokePassDialog } from './RevokePassDialog';
import './passes.css';

type StatusFilter = PassStatus | 'all';
const STATUSES: readonly PassStatus[] = ['valid', 'not_yet_valid', 'expired', 'revoked'];

interface Query {
  q: string;
  status: StatusFilter;
}


/** What the desk last did, with the pass it did it to, so the notice can offer the card of a pass just issued. */
type Done = { kind: 'issued' | 'revoked'; pass: PassRow } | null;

const PAGE = 50;

export function PassesPage() {
  const { t } = useTranslation();
  const canIssue = useCan('passes.issue');
  const canRevoke = useCan('passes.revoke');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [registerFrom, setRegisterFrom] = useState('');
  const [registerTo, setRegisterTo] = useState('');
  const [issuing, setIssuing] = useState(false);
  const [revoking, setRevoking] = useState<PassRow | null>(null);
  const [viewing, setViewing] = useState<PassRow | null>(null);
  const [done, setDone] = useState<Done>(null);

  const fetchPage = useCallback(
    (query: Query, before: number | undefined, signal: AbortSignal) => invoke('passes.list', { ...query, limit: PAGE, ...(before ? { before } : {}) }, { signal }),
    [],
  );
  const search = usePagedSearch<Query, PassRow>(fetchPage);
  const { run } = search;

  useEffect(() => {
    run({ q, status }, false);
  }, [q, status, run]);


  const finished = (kind: 'issued' | 'revoked', pass: PassRow) => {
    setIssuing(false);
    setRevoking(null);
    setDone({ kind, pass });
    run({ q, status }, true);
  };

  const registerParams = { ...(registerFrom ? { from: registerFrom } : {}), ...(registerTo ? { to: registerTo } : {}) };
  const { rows } = search;

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('passesUi.title')}</h1>
        {canIssue ? (
          <button type="button" className="primary" onClick={() => setIssuing(true)}>
            {t('passesUi.issue')}
          </button>
        ) : null}
      </div>
      <div className="toolbar">
        <SearchBox value={q} placeholder={t('passesUi.searchPlaceholder')} onChange={setQ} onEnter={(v) => run({ q: v, status }, true)} />
        <select aria-label={t('passesUi.status')} value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
          <option value="all">{t('app.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`passes.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar pass-register-bar">
        <label className="row">
          {t('passesUi.registerFrom')}
          <input type="date" value={registerFrom} onChange={(e) => setRegisterFrom(e.target.value)} />
        </label>
        <label className="row">
          {t('passesUi.registerTo')}
          <input type="date" aria-label={t('passesUi.registerToLabel')} value={registerTo} onChange={(e) => setRegisterTo(e.target.value)} />
        </label>
        <Link className="button" to={previewLink('passes.register', registerParams)}>
          {t('passesUi.register')}
        </Link>
      </div>
      {done ? (
        <div className="notice" role="status">
          {t(done.kind === 'issued' ? 'passesUi.issued' : 'passesUi.revoked', { number: done.pass.number, holder: done.pass.holderName })}
          {done.kind === 'issued' ? (
            <Link className="pass-notice-link" to={`/passes/${done.pass.id}/card`}>
              {t('passesUi.printCard')}
            </Link>
          ) : null}
        </div>
      ) : null}
      <ErrorBanner message={search.error} />
      <PassTable rows={rows} canRevoke={canRevoke} onRevoke={setRevoking} onEntries={setViewing} />
      <TableFoot countLabel={t('passesUi.count', { count: rows.length })} hasMore={search.hasMore} onMore={() => void search.loadMore()} />
      {issuing ? <IssuePassDialog onClose={() => setIssuing(false)} onIssued={(p) => finished('issued', p)} /> : null}
      {revoking ? <RevokePassDialog pass={revoking} onClose={() => setRevoking(null)} onRevoked={(p) => finished('revoked', p)} /> : null}
      {viewing ? <PassEntriesDialog pass={viewing} onClose={() => setViewing(null)} /> : null}
    </div>
  );
}
