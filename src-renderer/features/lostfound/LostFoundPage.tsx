import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LF_CATEGORIES, LF_STATUSES, type LfCategory, type LfItemRow } from '../../../src-shared/modules/lostfound';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner, Field, Notice } from '../../components/Field';
import { SearchBox } from '../../components/SearchBox';
import { TableFoot } from '../../components/TableFoot';
import { usePagedSearch } from '../../components/usePagedSearch';
import { ViewTabs } from '../lending/ViewTabs';
import { IntakeDialog } from './IntakeDialog';
import { ItemDetailDialog } from './ItemDetailDialog';
import { ItemTable } from './ItemTable';
import { RegisterLinks } from './RegisterLinks';
import './lostfound.css';

/** The statuses of the contract, in-custody first (what the desk is usually after), everything last. */
const VIEWS = [...LF_STATUSES, 'all'] as const;
type View = (typeof VIEWS)[number];
interface Query {
  q: string;
  status: View;
  category: LfCategory | '';
  from: string;
  to: string;
}

/** 失物招领: the found items, searched by description, place and date; intake and the detail (claims) open from here. */
export function LostFoundPage() {
  const { t } = useTranslation();
  const canIntake = useCan('lostfound.intake');
  const [query, setQuery] = useState<Query>({ q: '', status: 'in_custody', category: '', from: '', to: '' });
  const [intake, setIntake] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  const fetchPage = useCallback(
    (q: Query, before: number | undefined, signal: AbortSignal) =>
      invoke('lostfound.search', {
        q: q.q,
        status: q.status,
        ...(q.category ? { category: q.category } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
        limit: 50,
        ...(before ? { before } : {}),
      }, { signal }),
    [],
  );
  const list = usePagedSearch<Query, LfItemRow>(fetchPage);
  const { run } = list;
  useEffect(() => run(query), [run, query, round]);
  const set = (patch: Partial<Query>) => setQuery((q) => ({ ...q, ...patch }));

  return (
    <div className="page lf-page">
      <div className="page-head">
        <h1>{t('lostfoundUi.title')}</h1>
        <div className="row">
          <Link className="button" to="/lostfound/notice">
            {t('lostfoundUi.list.notice')}
          </Link>
          {canIntake ? (
            <button type="button" className="primary" onClick={() => setIntake(true)}>
              {t('lostfoundUi.list.intake')}
            </button>
          ) : null}
        </div>
      </div>
      <Notice message={notice} />
      <div className="lf-filters">
        <SearchBox className="lf-search" value={query.q} placeholder={t('lostfoundUi.list.searchPlaceholder')} onChange={(q) => set({ q })} onEnter={(q) => run({ ...query, q }, true)} />
        <Field label={t('lostfoundUi.list.category')}>
          <select name="category" value={query.category} onChange={(e) => set({ category: e.target.value as LfCategory | '' })}>
            <option value="">{t('lostfoundUi.list.anyCategory')}</option>
            {LF_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`lostfoundUi.categories.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('lostfoundUi.list.from')}>
          <input name="from" type="date" value={query.from} onChange={(e) => set({ from: e.target.value })} />
        </Field>
        <Field label={t('lostfoundUi.list.to')}>
          <input name="to" type="date" value={query.to} onChange={(e) => set({ to: e.target.value })} />
        </Field>
      </div>
      <ViewTabs views={VIEWS} value={query.status} onChange={(status) => set({ status })} prefix="lostfoundUi.status" label={t('lostfoundUi.statusLabel')} />
      <ErrorBanner message={list.error} />
      <ItemTable rows={list.rows} onOpen={setOpenId} />
      <TableFoot countLabel={t('lostfoundUi.list.shown', { count: list.rows.length })} hasMore={list.hasMore} onMore={() => void list.loadMore()} />
      <RegisterLinks />
      {intake ? (
        <IntakeDialog
          onClose={() => setIntake(false)}
          onDone={(item) => {
            setIntake(false);
            setNotice(t('lostfoundUi.list.registered', { itemNo: item.itemNo, name: item.name, place: item.placeName }));
            setRound((n) => n + 1);
            setOpenId(item.id);
          }}
        />
      ) : null}
      {openId !== null ? <ItemDetailDialog id={openId} onClose={() => setOpenId(null)} onChanged={() => setRound((n) => n + 1)} /> : null}
    </div>
  );
}
