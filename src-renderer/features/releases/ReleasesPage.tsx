import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { SlipRow, SlipStatus } from '../../../src-shared/modules/releases';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner, Notice } from '../../components/Field';
import { SearchBox } from '../../components/SearchBox';
import { TableFoot } from '../../components/TableFoot';
import { usePagedSearch } from '../../components/usePagedSearch';
import { previewLink } from '../registers/previewLink';
import { GateDialog } from './GateDialog';
import { IssueDialog } from './IssueDialog';
import { ReleaseTable } from './ReleaseTable';
import { VoidDialog } from './VoidDialog';
import { registerPeriod } from './format';
import './releases.css';

type StatusFilter = 'all' | SlipStatus;
const STATUSES: readonly SlipStatus[] = ['issued', 'released', 'voided'];
const PAGE = 50;

interface Query {
  q: string;
  status: StatusFilter;
  from: string;
  to: string;
}


/** Empty dates are left out: the schema takes a date or nothing. */
const listInput = (query: Query) => ({
  q: query.q.trim(),
  status: query.status,
  ...(query.from ? { from: query.from } : {}),
  ...(query.to ? { to: query.to } : {}),
  limit: PAGE,
});

const isStatusFilter = (v: string): v is StatusFilter => v === 'all' || (STATUSES as readonly string[]).includes(v);

export function ReleasesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canIssue = useCan('releases.issue');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [issuing, setIssuing] = useState(false);
  const [releasing, setReleasing] = useState<SlipRow | null>(null);
  const [voiding, setVoiding] = useState<SlipRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const fetchPage = useCallback(
    (query: Query, before: number | undefined, signal: AbortSignal) => invoke('releases.list', { ...listInput(query), ...(before ? { before } : {}) }, { signal }),
    [],
  );
  const search = usePagedSearch<Query, SlipRow>(fetchPage);
  const { run } = search;

  const queryFor = useCallback((text: string): Query => ({ q: text, status, from, to }), [status, from, to]);

  useEffect(() => {
    run(queryFor(q), false);
  }, [q, queryFor, run]);

  const refresh = () => run(queryFor(q), true);


  const { rows } = search;

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('releasesUi.title')}</h1>
        <div className="row">
          {canIssue ? (
            <button type="button" className="primary" onClick={() => setIssuing(true)}>
              {t('releasesUi.list.issue')}
            </button>
          ) : null}
          <Link className="button" to={previewLink('releases.register', registerPeriod(from, to))}>
            {t('releasesUi.list.register')}
          </Link>
        </div>
      </div>
      <div className="toolbar filters">
        <SearchBox value={q} placeholder={t('releasesUi.list.searchPlaceholder')} onChange={setQ} onEnter={(v) => run(queryFor(v), true)} />
        <select aria-label={t('releasesUi.list.status')} value={status} onChange={(e) => isStatusFilter(e.target.value) && setStatus(e.target.value)}>
          <option value="all">{t('releasesUi.list.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`releases.status.${s}`)}
            </option>
          ))}
        </select>
        <label>
          {t('releasesUi.list.from')}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('releasesUi.list.to')}
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      <Notice message={notice} />
      <ErrorBanner message={search.error} />
      <ReleaseTable
        rows={rows}
        onRelease={(row) => {
          setNotice(null);
          setReleasing(row);
        }}
        onVoid={(row) => {
          setNotice(null);
          setVoiding(row);
        }}
      />
      <TableFoot countLabel={t('releasesUi.list.count', { count: rows.length })} hasMore={search.hasMore} onMore={() => void search.loadMore()} />
      {issuing ? <IssueDialog onClose={() => setIssuing(false)} onIssued={(slip) => navigate(`/releases/${slip.id}/slip`)} /> : null}
      {releasing ? (
        <GateDialog
          slip={releasing}
          onClose={() => {
            setReleasing(null);
            // A refusal may mean someone else released or voided it meanwhile: show the current state.
            refresh();
          }}
          onReleased={(slip) => {
            setReleasing(null);
            setNotice(t('releasesUi.list.releasedNotice', { number: slip.number }));
            refresh();
          }}
        />
      ) : null}
      {voiding ? (
        <VoidDialog
          slip={voiding}
          onClose={() => {
            setVoiding(null);
            refresh();
          }}
          onVoided={(slip) => {
            setVoiding(null);
            setNotice(t('releasesUi.list.voidedNotice', { number: slip.number }));
            refresh();
          }}
        />
      ) : null}
    </div>
  );
}
