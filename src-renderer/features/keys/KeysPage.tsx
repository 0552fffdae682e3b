import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KEY_STATUSES, type KeyRow, type KeyStatus } from '../../../src-shared/modules/keys';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner, Notice } from '../../components/Field';
import { ListTable } from '../../components/ListTable';
import { SearchBox } from '../../components/SearchBox';
import { TableFoot } from '../../components/TableFoot';
import { usePagedSearch } from '../../components/usePagedSearch';
import { SelectAllBox } from '../../components/SelectAllBox';
import { Link } from 'react-router-dom';
import { KeyDetailDialog } from './KeyDetailDialog';
import { KeyEditDialog } from './KeyEditDialog';
import { LostDialog } from './LostDialog';
import { useKeyCategories } from './useKeyCategories';
import './keys.css';

interface Query {
  q: string;
  status: KeyStatus | '';
  category: string;
}

const COLUMNS = ['code', 'name', 'category', 'opens', 'cabinet', 'copies', 'status', 'actions'] as const;

const isStatus = (v: string): v is KeyStatus => (KEY_STATUSES as readonly string[]).includes(v);

const fetchPage = (query: Query, before: number | undefined, signal: AbortSignal) =>
  invoke('keys.search', {
    q: query.q.trim(),
    ...(query.status ? { status: query.status } : {}),
    ...(query.category ? { category: query.category } : {}),
    limit: 50,
    ...(before ? { before } : {}),
  }, { signal });

/** The cabinet's inventory: every tag with where it hangs and whether it is in, out or lost. */
export function KeysPage() {
  const { t } = useTranslation();
  const canEdit = useCan('keys.save');
  const canReportLost = useCan('keys.reportLost');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<KeyStatus | ''>('');
  const [category, setCategory] = useState('');
  const categories = useKeyCategories();
  const [editing, setEditing] = useState<KeyRow | 'new' | null>(null);
  const [losing, setLosing] = useState<KeyRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [detailId, setDetailId] = useState<number | null>(null);
  /** Keys ticked for printing tag labels (issue 5), kept across searches. */
  const [picked, setPicked] = useState<number[]>([]);
  const search = usePagedSearch<Query, KeyRow>(fetchPage);
  const { run, rows } = search;
  const queryFor = useCallback((text: string): Query => ({ q: text, status, category }), [status, category]);

  useEffect(() => {
    run(queryFor(q));
  }, [q, queryFor, run]);

  const refresh = () => run(queryFor(q), true);

  return (
    <div className="page keys-page">
      <div className="page-head">
        <h1>{t('keysUi.list.title')}</h1>
        {canEdit ? (
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            {t('keysUi.list.add')}
          </button>
        ) : null}
      </div>
      <div className="toolbar filters">
        <SearchBox value={q} placeholder={t('keysUi.list.searchPlaceholder')} onChange={setQ} onEnter={(v) => run(queryFor(v), true)} />
        <label>
          {t('keysUi.list.statusFilter')}
          <select value={status} onChange={(e) => setStatus(isStatus(e.target.value) ? e.target.value : '')}>
            <option value="">{t('keysUi.list.allStatuses')}</option>
            {KEY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`keys.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('keysUi.col.category')}
          <select value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">{t('keysUi.list.allCategories')}</option>
            {categories.all.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Notice message={notice} />
      {picked.length > 0 ? (
        <div className="toolbar">
          <Link className="button" to={`/keys/labels?ids=${picked.slice(0, 60).join(',')}`}>
            {t('keyDepositsUi.labels.printSelected', { count: Math.min(picked.length, 60) })}
          </Link>
        </div>
      ) : null}
      <ErrorBanner message={search.error} />
      <ListTable
        className="data-table keys-table"
        columns={[
          {
            label: (
              <SelectAllBox
                label={t('keyDepositsUi.labels.selectAll')}
                count={rows.filter((k) => picked.includes(k.id)).length}
                total={rows.length}
                onChange={(all) => setPicked((p) => (all ? [...new Set([...p, ...rows.map((k) => k.id)])] : p.filter((id) => !rows.some((k) => k.id === id))))}
              />
            ),
          },
          ...COLUMNS.map((c) => ({ label: t(`keysUi.col.${c}`), className: c === 'copies' ? 'keys-num' : undefined })),
        ]}
        empty={t('keysUi.list.none')}
        rows={rows}
      >
        {(k) => (
          <tr key={k.id} className={k.status === 'retired' ? 'inactive' : undefined}>
            <td>
              <input
                type="checkbox"
                aria-label={t('keyDepositsUi.labels.select', { code: k.code })}
                checked={picked.includes(k.id)}
                onChange={(e) => setPicked((p) => (e.target.checked ? [...p, k.id] : p.filter((id) => id !== k.id)))}
              />
            </td>
            <td className="keys-code">{k.code}</td>
            <td>
              {k.name}
              {k.kind === 'ring' ? <span className="keys-badge">{t('keysUi.loans.ring')}</span> : null}
              {k.restricted ? <span className="keys-badge keys-badge-restricted">{t('keysUi.restricted')}</span> : null}
              {k.ringCode ? <span className="muted"> · {k.ringCode}</span> : null}
            </td>
            <td>{k.categoryName}</td>
            <td>{k.opens}</td>
            <td>{[k.cabinet, k.hook].filter(Boolean).join(' / ')}</td>
            <td className="keys-num">{k.copies}</td>
            <td>
              <span className={`keys-status keys-status-${k.status}`}>{t(`keys.status.${k.status}`)}</span>
              {k.currentLoan?.overdue ? <span className="keys-badge keys-badge-overdue">{t('keysUi.overdue')}</span> : null}
              {k.lockAttention ? <span className="keys-badge keys-badge-overdue">{t('keysUi.list.attention')}</span> : null}
            </td>
            <td className="actions">
              <button type="button" onClick={() => setDetailId(k.id)}>
                {t('keyDepositsUi.detail.open')}
              </button>
              {canEdit && k.status !== 'retired' ? (
                <button type="button" onClick={() => setEditing(k)}>
                  {t('keysUi.list.edit')}
                </button>
              ) : null}
              {canReportLost && (k.status === 'in' || k.status === 'out') ? (
                <button type="button" className="danger" onClick={() => setLosing(k)}>
                  {t('keysUi.list.reportLost')}
                </button>
              ) : null}
            </td>
          </tr>
        )}
      </ListTable>
      <TableFoot countLabel={t('keysUi.list.count', { count: rows.length })} hasMore={search.hasMore} onMore={() => void search.loadMore()} />
      {editing ? (
        <KeyEditDialog
          editing={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(k) => {
            setEditing(null);
            setNotice(t('keysUi.list.saved', { code: k.code, name: k.name }));
            refresh();
          }}
        />
      ) : null}
      {detailId !== null ? <KeyDetailDialog keyId={detailId} onClose={() => setDetailId(null)} onChanged={() => refresh()} /> : null}
      {losing ? (
        <LostDialog
          target={losing}
          onClose={() => setLosing(null)}
          onDone={(k) => {
            setLosing(null);
            setNotice(t('keysUi.list.lostDone', { code: k.code }));
            refresh();
          }}
        />
      ) : null}
    </div>
  );
}
