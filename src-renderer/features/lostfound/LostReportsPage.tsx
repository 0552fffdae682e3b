import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LfMatch, LfReportRow } from '../../../src-shared/modules/lostfound';
import { errorMessage, invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner, Notice } from '../../components/Field';
import { ListTable } from '../../components/ListTable';
import { ReasonDialog } from '../../components/ReasonDialog';
import { SearchBox } from '../../components/SearchBox';
import { TableFoot } from '../../components/TableFoot';
import { formatTime } from '../../components/time';
import { usePagedSearch } from '../../components/usePagedSearch';
import { ViewTabs } from '../lending/ViewTabs';
import { ItemDetailDialog } from './ItemDetailDialog';
import { MatchList } from './MatchList';
import { ReportForm } from './ReportForm';
import './lostfound.css';

const VIEWS = ['open', 'closed', 'all'] as const;
type View = (typeof VIEWS)[number];
const COLUMNS = ['no', 'reporter', 'item', 'lost', 'status'] as const;

interface Query {
  q: string;
  status: View;
}

/** 报失登记: lost reports, each matched against the found items in custody (001 §4.10.2: 客服部积极查找失主). */
export function LostReportsPage() {
  const { t } = useTranslation();
  const canCreate = useCan('lostfound.reports.create');
  const [query, setQuery] = useState<Query>({ q: '', status: 'open' });
  const [round, setRound] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [matchesOf, setMatchesOf] = useState<{ report: LfReportRow; matches: LfMatch[] } | null>(null);
  const [matchError, setMatchError] = useState<string | null>(null);
  const [closing, setClosing] = useState<LfReportRow | null>(null);
  const [openItem, setOpenItem] = useState<number | null>(null);

  const fetchPage = useCallback((q: Query, before: number | undefined, signal: AbortSignal) => invoke('lostfound.reports.list', { q: q.q, status: q.status, limit: 50, ...(before ? { before } : {}) }, { signal }), []);
  const list = usePagedSearch<Query, LfReportRow>(fetchPage);
  const { run } = list;
  useEffect(() => run(query), [run, query, round]);

  const showMatches = async (report: LfReportRow) => {
    setMatchError(null);
    try {
      setMatchesOf({ report, matches: await invoke('lostfound.matches', { reportId: report.id }) });
    } catch (err) {
      setMatchError(errorMessage(err));
    }
  };

  return (
    <div className="page lf-page">
      <div className="page-head">
        <h1>{t('lostfoundUi.reports.title')}</h1>
      </div>
      <Notice message={notice} />
      {canCreate ? (
        <ReportForm
          key={round}
          onDone={(r) => {
            setNotice(t('lostfoundUi.reports.created', { no: r.reportNo }));
            setRound((n) => n + 1);
            void showMatches(r);
          }}
        />
      ) : null}
      {matchesOf ? (
        <section className="lf-panel" aria-label={t('lostfoundUi.reports.matchesTitle', { no: matchesOf.report.reportNo, item: matchesOf.report.itemName })}>
          <h2>{t('lostfoundUi.reports.matchesTitle', { no: matchesOf.report.reportNo, item: matchesOf.report.itemName })}</h2>
          <MatchList matches={matchesOf.matches} empty={t('lostfoundUi.reports.noMatches')} onItem={setOpenItem} />
        </section>
      ) : null}
      <ErrorBanner message={matchError} />
      <div className="lf-filters">
        <SearchBox className="lf-search" value={query.q} placeholder={t('lostfoundUi.reports.searchPlaceholder')} onChange={(q) => setQuery((old) => ({ ...old, q }))} onEnter={(q) => run({ ...query, q }, true)} />
      </div>
      <ViewTabs views={VIEWS} value={query.status} onChange={(status) => setQuery((old) => ({ ...old, status }))} prefix="lostfoundUi.reports.views" label={t('lostfoundUi.reports.viewsLabel')} />
      <ErrorBanner message={list.error} />
      <ListTable
        className="data-table lf-table"
        columns={[...COLUMNS.map((c) => t(`lostfoundUi.reports.col.${c}`)), '']}
        empty={t('lostfoundUi.reports.none')}
        rows={list.rows}
      >
        {(r) => (
          <tr key={r.id} data-testid="lf-report-row">
            <td className="lf-mono nowrap">{r.reportNo}</td>
            <td>
              {r.reporterName}
              <div className="muted lf-note">{r.reporterPhone}</div>
            </td>
            <td>
              {r.itemName}（{t(`lostfoundUi.categories.${r.category}`)}）
              {r.description ? <div className="muted lf-note">{r.description}</div> : null}
            </td>
            <td className="nowrap">
              {r.lostDate} {r.lostPlace}
              <div className="muted lf-note">{formatTime(r.createdAt)} {r.createdBy}</div>
            </td>
            <td>{r.status === 'open' ? t('lostfoundUi.reports.open') : t('lostfoundUi.reports.closedAs', { note: r.closedNote })}</td>
            <td className="nowrap">
              <button type="button" onClick={() => void showMatches(r)}>
                {t('lostfoundUi.reports.matches')}
              </button>{' '}
              {canCreate && r.status === 'open' ? (
                <button type="button" onClick={() => setClosing(r)}>
                  {t('lostfoundUi.reports.close')}
                </button>
              ) : null}
            </td>
          </tr>
        )}
      </ListTable>
      <TableFoot countLabel={t('lostfoundUi.reports.shown', { count: list.rows.length })} hasMore={list.hasMore} onMore={() => void list.loadMore()} />
      {closing ? (
        <ReasonDialog
          title={t('lostfoundUi.reports.closeTitle', { no: closing.reportNo })}
          label={t('lostfoundUi.reports.closeNote')}
          submitLabel={t('lostfoundUi.reports.close')}
          onClose={() => setClosing(null)}
          submit={(note) => invoke('lostfound.reports.close', { id: closing.id, note })}
          onDone={() => {
            setClosing(null);
            setRound((n) => n + 1);
          }}
        />
      ) : null}
      {openItem !== null ? <ItemDetailDialog id={openItem} onClose={() => setOpenItem(null)} onChanged={() => setRound((n) => n + 1)} /> : null}
    </div>
  );
}
