import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailItemRow } from '../../../src-shared/modules/mail';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner, Notice } from '../../components/Field';
import { SearchBox } from '../../components/SearchBox';
import { TableFoot } from '../../components/TableFoot';
import { usePagedSearch } from '../../components/usePagedSearch';
import { ItemDetailDialog } from './ItemDetailDialog';
import { MailListRegister } from './MailListRegister';
import { MailListTable } from './MailListTable';
import { MailListViews, type View } from './MailListViews';
import { ReturnDialog } from './ReturnDialog';
import './mail-lists.css';

const KINDS = ['all', 'parcels', 'letters'] as const;
type KindFilter = (typeof KINDS)[number];
const PAGE = 50;

interface Query {
  q: string;
  kind: KindFilter;
  view: View;
  from: string;
  to: string;
}

const isKind = (v: string): v is KindFilter => (KINDS as readonly string[]).includes(v);

const fetchPage = (query: Query, before: number | undefined, signal: AbortSignal) =>
  invoke('mail.items.search', {
    q: query.q.trim(),
    kind: query.kind,
    view: query.view,
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    limit: PAGE,
    ...(before ? { before } : {}),
  }, { signal });

export function MailListPage() {
  const { t } = useTranslation();
  const canReturn = useCan('mail.returns.create');
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<KindFilter>('all');
  const [view, setView] = useState<View>('open');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [selected, setSelected] = useState<ReadonlyMap<number, MailItemRow>>(new Map());
  const [openId, setOpenId] = useState<number | null>(null);
  const [returning, setReturning] = useState<MailItemRow[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const search = usePagedSearch<Query, MailItemRow>(fetchPage);
  const { run, rows } = search;

  const queryFor = useCallback((text: string): Query => ({ q: text, kind, view, from, to }), [kind, view, from, to]);

  useEffect(() => {
    run(queryFor(q));
  }, [q, queryFor, run]);

  // Searching keeps the ticks (one parcel scanned after another goes back together); another view or filter starts afresh.
  useEffect(() => setSelected(new Map()), [kind, view, from, to]);

  const refresh = () => run(queryFor(q), true);

  const toggle = (item: MailItemRow) => {
    const next = new Map(selected);
    if (next.has(item.id)) next.delete(item.id);
    else next.set(item.id, item);
    setSelected(next);
  };

  return (
    <div className="page mlist-page">
      <div className="page-head">
        <h1>{t('mailUi.lists.title')}</h1>
        <MailListRegister />
      </div>
      <MailListViews value={view} onChange={setView} />
      <div className="toolbar filters">
        <SearchBox value={q} placeholder={t('mailUi.lists.searchPlaceholder')} onChange={setQ} onEnter={(v) => run(queryFor(v), true)} />
        <label>
          {t('mailUi.lists.kindFilter')}
          <select value={kind} onChange={(e) => isKind(e.target.value) && setKind(e.target.value)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`mailUi.lists.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('mailUi.lists.from')}
          <input type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('mailUi.lists.to')}
          <input type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      {canReturn ? (
        <div className="row mlist-return-bar">
          <button type="button" className="primary" disabled={selected.size === 0} onClick={() => setReturning([...selected.values()])}>
            {t('mailUi.lists.returns.button', { count: selected.size })}
          </button>
          <span className="muted">{t('mailUi.lists.returns.hint')}</span>
        </div>
      ) : null}
      <Notice message={notice} />
      <ErrorBanner message={search.error} />
      <MailListTable
        rows={rows}
        onOpen={(m) => {
          setNotice(null);
          setOpenId(m.id);
        }}
        selection={canReturn ? { ids: new Set(selected.keys()), toggle } : undefined}
      />
      <TableFoot countLabel={t('mailUi.lists.count', { count: rows.length })} hasMore={search.hasMore} onMore={() => void search.loadMore()} />
      {openId !== null ? (
        <ItemDetailDialog
          id={openId}
          onClose={() => setOpenId(null)}
          onChanged={(message) => {
            setNotice(message);
            refresh();
          }}
          onReturn={(item) => {
            setOpenId(null);
            setReturning([item]);
          }}
        />
      ) : null}
      {returning ? (
        <ReturnDialog
          items={returning}
          onClose={() => setReturning(null)}
          onReturned={(message) => {
            setNotice(message);
            setSelected(new Map());
            refresh();
          }}
        />
      ) : null}
    </div>
  );
}
