import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageRow } from '../../../src-shared/modules/lending';
import { invoke } from '../../api/client';
import { ErrorBanner } from '../../components/Field';
import { ListTable } from '../../components/ListTable';
import { SearchBox } from '../../components/SearchBox';
import { TableFoot } from '../../components/TableFoot';
import { formatTime } from '../../components/time';
import { usePagedSearch } from '../../components/usePagedSearch';
import { Link } from 'react-router-dom';
import { StorageDetailDialog } from './StorageDetailDialog';
import { ViewTabs } from './ViewTabs';

const VIEWS = ['open', 'long', 'all'] as const;
type View = (typeof VIEWS)[number];
const COLUMNS = ['storageNo', 'owner', 'description', 'place', 'storedAt', 'days', 'handedBack'] as const;

interface Query {
  view: View;
  q: string;
}

/** Stored items newest first; the claim code is never listed (main keeps only its hash). */
export function StorageList({ round }: { round: number }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('open');
  const [q, setQ] = useState('');
  const [detail, setDetail] = useState<StorageRow | null>(null);
  const fetchPage = useCallback(
    (query: Query, before: number | undefined, signal: AbortSignal) => invoke('lending.storage.list', { view: query.view, q: query.q, limit: 50, ...(before ? { before } : {}) }, { signal }),
    [],
  );
  const list = usePagedSearch<Query, StorageRow>(fetchPage);
  const { run } = list;
  useEffect(() => run({ view, q }), [run, view, q, round]);

  return (
    <section className="lend-section" aria-labelledby="lend-storage-title">
      <div className="lend-list-head">
        <h2 id="lend-storage-title">{t('lendingUi.storage.listTitle')}</h2>
        <SearchBox className="lend-search" value={q} placeholder={t('lendingUi.storage.searchPlaceholder')} onChange={setQ} onEnter={(v) => run({ view, q: v }, true)} />
      </div>
      <ViewTabs views={VIEWS} value={view} onChange={setView} prefix="lendingUi.storage.views" label={t('lendingUi.storage.viewsLabel')} />
      <ErrorBanner message={list.error} />
      <ListTable
        className="data-table lend-table"
        columns={[...COLUMNS.map((c) => t(`lendingUi.storage.col.${c}`)), '']}
        empty={t('lendingUi.storage.none')}
        rows={list.rows}
      >
        {(s) => (
          <tr key={s.id} data-testid="storage-row" className={s.longStored ? 'lend-row-overdue' : undefined}>
            <td className="lend-mono nowrap">{s.storageNo}</td>
            <td>
              {s.roomLabel} {s.ownerName}
              <div className="muted lend-note">{s.ownerPhone}</div>
              {s.authorised.length ? (
                <div className="muted lend-note">{t('lendingUi.storage.authorisedList', { names: s.authorised.map((a) => a.name).join('、') })}</div>
              ) : null}
            </td>
            <td>
              {s.description} ×{s.count}
              {s.remarks ? <div className="muted lend-note">{s.remarks}</div> : null}
            </td>
            <td>{s.place}</td>
            <td className="nowrap">
              {formatTime(s.storedAt)}
              <div className="muted lend-note">{s.storedBy}</div>
            </td>
            <td className="nowrap">
              {t('lendingUi.storage.days', { count: s.storedDays })}
              {s.longStored ? <span className="lend-flag lend-flag-danger">{t('lendingUi.storage.long')}</span> : null}
            </td>
            <td className="nowrap">
              {s.handedBackAt ? (
                <>
                  {formatTime(s.handedBackAt)} {s.collectorName}
                  <div className="muted lend-note">{s.handedBackBy}</div>
                </>
              ) : null}
            </td>
            <td className="nowrap">
              <button type="button" onClick={() => setDetail(s)}>
                {t('lendingUi.detail.button')}
              </button>{' '}
              <Link className="button" to={`/lending/storage/${s.id}/receipt`}>
                {t('lendingUi.receipt.printButton')}
              </Link>
            </td>
          </tr>
        )}
      </ListTable>
      <TableFoot countLabel={t('lendingUi.storage.shown', { count: list.rows.length })} hasMore={list.hasMore} onMore={() => void list.loadMore()} />
      {detail ? <StorageDetailDialog item={detail} onClose={() => setDetail(null)} /> : null}
    </section>
  );
}
