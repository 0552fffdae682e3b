import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { VisitRow } from '../../../src-shared/modules/visitors';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner } from '../../components/Field';
import { SearchBox } from '../../components/SearchBox';
import { TableFoot } from '../../components/TableFoot';
import { usePagedSearch } from '../../components/usePagedSearch';
import { previewLink } from '../registers/previewLink';
import { RevealIdDialog } from './RevealIdDialog';
import { VisitTable } from './VisitTable';
import { today } from './visitText';
import './visitors.css';

interface Query {
  q: string;
  from: string;
  to: string;
  onSiteOnly: boolean;
}


const PAGE = 50;

const params = (query: Query) => ({
  q: query.q,
  onSiteOnly: query.onSiteOnly,
  ...(query.from ? { from: query.from } : {}),
  ...(query.to ? { to: query.to } : {}),
});

const fetchPage = (query: Query, before: number | undefined, signal: AbortSignal) => invoke('visitors.search', { ...params(query), limit: PAGE, ...(before ? { before } : {}) }, { signal });

export function HistoryPage() {
  const { t } = useTranslation();
  const canReveal = useCan('visitors.revealId');
  const [q, setQ] = useState('');
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [onSiteOnly, setOnSiteOnly] = useState(false);
  const [revealing, setRevealing] = useState<VisitRow | null>(null);
  const search = usePagedSearch<Query, VisitRow>(fetchPage);
  const { run } = search;

  const queryFor = useCallback((text: string): Query => ({ q: text, from, to, onSiteOnly }), [from, to, onSiteOnly]);

  useEffect(() => {
    run(queryFor(q));
  }, [q, queryFor, run]);


  const range = (start: string, end: string) => {
    setFrom(start);
    setTo(end);
  };
  const { rows } = search;
  const canPrint = Boolean(from && to);

  return (
    <div className="page visit-page">
      <div className="page-head">
        <h1>{t('visitorsUi.history.title')}</h1>
        {canPrint ? (
          <Link className="button" to={previewLink('visitors.register', { from, to })}>
            {t('visitorsUi.history.print')}
          </Link>
        ) : (
          <span className="muted">{t('visitorsUi.history.printNeedsDates')}</span>
        )}
      </div>
      <div className="toolbar">
        <SearchBox value={q} placeholder={t('visitorsUi.history.searchPlaceholder')} onChange={setQ} onEnter={(v) => run(queryFor(v), true)} />
        <label className="check">
          <input type="checkbox" checked={onSiteOnly} onChange={(e) => setOnSiteOnly(e.target.checked)} />
          {t('visitorsUi.history.onSiteOnly')}
        </label>
      </div>
      <div className="toolbar visit-dates">
        <label>
          {t('visitorsUi.history.from')}
          <input type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('visitorsUi.history.to')}
          <input type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="button" className="link" onClick={() => range(today(), today())}>
          {t('visitorsUi.history.today')}
        </button>
        <button type="button" className="link" onClick={() => range(dayjs().subtract(6, 'day').format('YYYY-MM-DD'), today())}>
          {t('visitorsUi.history.last7')}
        </button>
        <button type="button" className="link" onClick={() => range(dayjs().startOf('month').format('YYYY-MM-DD'), today())}>
          {t('visitorsUi.history.thisMonth')}
        </button>
        <button type="button" className="link" onClick={() => range('', '')}>
          {t('visitorsUi.history.anyDate')}
        </button>
      </div>
      <ErrorBanner message={search.error} />
      <VisitTable rows={rows} onReveal={canReveal ? setRevealing : undefined} />
      <TableFoot countLabel={t('visitorsUi.history.count', { count: rows.length })} hasMore={search.hasMore} onMore={() => void search.loadMore()} />
      {revealing ? <RevealIdDialog visitId={revealing.id} name={revealing.name} onClose={() => setRevealing(null)} /> : null}
    </div>
  );
}
