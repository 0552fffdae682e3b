import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { VisitRow } from '../../../src-shared/modules/visitors';
import { errorMessage, invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner } from '../../components/Field';
import { SearchBox } from '../../components/SearchBox';
import { useLatestSearch } from '../../components/useLatestSearch';
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

interface Page {
  rows: VisitRow[];
  nextBefore: number | null;
}

const PAGE = 50;

const params = (query: Query) => ({
  q: query.q,
  onSiteOnly: query.onSiteOnly,
  ...(query.from ? { from: query.from } : {}),
  ...(query.to ? { to: query.to } : {}),
});

const fetchPage = (query: Query): Promise<Page> => invoke('visitors.search', { ...params(query), limit: PAGE });

export function HistoryPage() {
  const { t } = useTranslation();
  const canReveal = useCan('visitors.revealId');
  const [q, setQ] = useState('');
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [onSiteOnly, setOnSiteOnly] = useState(false);
  const [revealing, setRevealing] = useState<VisitRow | null>(null);
  const [moreError, setMoreError] = useState<string | null>(null);
  const search = useLatestSearch<Query, Page>(fetchPage);
  const { run } = search;

  const queryFor = useCallback((text: string): Query => ({ q: text, from, to, onSiteOnly }), [from, to, onSiteOnly]);

  useEffect(() => {
    run(queryFor(q));
  }, [q, queryFor, run]);

  const loadMore = async () => {
    const page = search.result;
    if (!page?.nextBefore) return;
    const apply = search.guard();
    try {
      const next = await invoke('visitors.search', { ...params(queryFor(q)), limit: PAGE, before: page.nextBefore });
      apply(() => search.setResult({ rows: [...page.rows, ...next.rows], nextBefore: next.nextBefore }));
    } catch (err) {
      setMoreError(errorMessage(err));
    }
  };

  const range = (start: string, end: string) => {
    setFrom(start);
    setTo(end);
  };
  const rows = search.result?.rows ?? [];
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
      <ErrorBanner message={search.error ?? moreError} />
      <VisitTable rows={rows} onReveal={canReveal ? setRevealing : undefined} />
      <div className="table-foot">
        <span className="muted">{t('visitorsUi.history.count', { count: rows.length })}</span>
        {search.result?.nextBefore ? (
          <button type="button" onClick={() => void loadMore()}>
            {t('app.loadMore')}
          </button>
        ) : null}
      </div>
      {revealing ? <RevealIdDialog visitId={revealing.id} name={revealing.name} onClose={() => setRevealing(null)} /> : null}
    </div>
  );
}
