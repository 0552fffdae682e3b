import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoanRow } from '../../../src-shared/modules/lending';
import { invoke } from '../../api/client';
import { ErrorBanner } from '../../components/Field';
import { ListTable } from '../../components/ListTable';
import { SearchBox } from '../../components/SearchBox';
import { TableFoot } from '../../components/TableFoot';
import { formatTime } from '../../components/time';
import { usePagedSearch } from '../../components/usePagedSearch';
import { ReturnDialog } from './ReturnDialog';
import { ViewTabs } from './ViewTabs';

const VIEWS = ['open', 'overdue', 'all'] as const;
type View = (typeof VIEWS)[number];
interface Query {
  view: View;
  q: string;
}

/** Loans newest first; `round` changes whenever something was lent, so the list follows the form. */
export function LoanList({ round, onReturned }: { round: number; onReturned(loan: LoanRow): void }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('open');
  const [q, setQ] = useState('');
  const [returning, setReturning] = useState<LoanRow | null>(null);
  const fetchPage = useCallback(
    (query: Query, before: number | undefined, signal: AbortSignal) => invoke('lending.loans', { view: query.view, q: query.q, limit: 50, ...(before ? { before } : {}) }, { signal }),
    [],
  );
  const list = usePagedSearch<Query, LoanRow>(fetchPage);
  const { run } = list;
  useEffect(() => run({ view, q }), [run, view, q, round]);
  const columns = (['loanNo', 'item', 'borrower', 'phone', 'idNumber', 'lentAt', 'dueAt', 'returned'] as const).map((c) => t(`lendingUi.loans.col.${c}`));

  return (
    <section className="lend-section" aria-labelledby="lend-loans-title">
      <div className="lend-list-head">
        <h2 id="lend-loans-title">{t('lendingUi.loans.title')}</h2>
        <SearchBox className="lend-search" value={q} placeholder={t('lendingUi.loans.searchPlaceholder')} onChange={setQ} onEnter={(v) => run({ view, q: v }, true)} />
      </div>
      <ViewTabs views={VIEWS} value={view} onChange={setView} prefix="lendingUi.loans.views" label={t('lendingUi.loans.viewsLabel')} />
      <ErrorBanner message={list.error} />
      <ListTable className="data-table lend-table" columns={columns} empty={t('lendingUi.loans.none')} rows={list.rows}>
        {(l) => (
          <tr key={l.id} data-testid="loan-row" className={l.overdue ? 'lend-row-overdue' : undefined}>
            <td className="lend-mono nowrap">{l.loanNo}</td>
            <td className="nowrap">
              {l.typeName} ×{l.quantity}
              {l.returnedAt === null && l.returnedQuantity > 0 ? (
                <div className="lend-flag lend-flag-part" data-testid="loan-out">
                  {t('lendingUi.loans.partOut', { out: l.outQuantity, back: l.returnedQuantity })}
                </div>
              ) : null}
            </td>
            <td>
              {l.roomLabel} {l.borrowerName}
              {l.remarks ? <div className="muted lend-note">{l.remarks}</div> : null}
            </td>
            <td className="nowrap">{l.borrowerPhone}</td>
            <td className="lend-mono nowrap">
              {l.idType ? `${t(`idTypes.${l.idType}`)} ${l.idNumberMasked}` : ''}
            </td>
            <td className="nowrap">
              {formatTime(l.lentAt)}
              <div className="muted lend-note">{l.lentBy}</div>
            </td>
            <td className="nowrap">
              {formatTime(l.dueAt)}
              {l.overdue ? <span className="lend-flag lend-flag-danger">{t('lendingUi.loans.overdue')}</span> : null}
            </td>
            <td className="nowrap">
              {l.returns.length > 1 || (l.returns.length === 1 && !l.returnedAt) ? (
                <ul className="lend-parts">
                  {l.returns.map((p, i) => (
                    <li key={i}>
                      {t('lendingUi.loans.partLine', { at: formatTime(p.returnedAt), count: p.quantity, by: p.returnedTo })}
                      {p.condition ? <span className="muted">（{p.condition}）</span> : null}
                    </li>
                  ))}
                </ul>
              ) : l.returnedAt ? (
                <>
                  {formatTime(l.returnedAt)} {l.returnedTo}
                  {l.returnCondition ? <div className="muted lend-note">{l.returnCondition}</div> : null}
                </>
              ) : null}
              {l.returnedAt ? null : (
                <button type="button" onClick={() => setReturning(l)}>
                  {t('lendingUi.loans.returnButton')}
                </button>
              )}
            </td>
          </tr>
        )}
      </ListTable>
      <TableFoot countLabel={t('lendingUi.loans.count', { count: list.rows.length })} hasMore={list.hasMore} onMore={() => void list.loadMore()} />
      {returning ? (
        <ReturnDialog
          loan={returning}
          onClose={() => setReturning(null)}
          onDone={(loan) => {
            setReturning(null);
            onReturned(loan);
          }}
        />
      ) : null}
    </section>
  );
}
