import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DepositRow } from '../../../src-shared/modules/keys';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner, Notice } from '../../components/Field';
import { ListTable } from '../../components/ListTable';
import { SearchBox } from '../../components/SearchBox';
import { formatTime } from '../../components/time';
import { useLatestSearch } from '../../components/useLatestSearch';
import { previewLink } from '../registers/previewLink';
import { CollectDialog } from './CollectDialog';
import { DepositForm } from './DepositForm';
import './keys.css';

const VIEWS = ['held', 'collected', 'all'] as const;
type View = (typeof VIEWS)[number];
const DAY = 'YYYY-MM-DD';
const COLUMNS = ['number', 'owner', 'description', 'count', 'collectors', 'depositedAt', 'status', 'actions'] as const;

interface Query {
  q: string;
  status: View;
}

const fetchDeposits = (query: Query, signal: AbortSignal) => invoke('keys.deposits.list', { status: query.status, q: query.q.trim() }, { signal });

/** 钥匙留存: owners' keys taken in against their signature on the left, the keys held (and handed back) on the right. */
export function DepositsPage() {
  const { t } = useTranslation();
  const canCreate = useCan('keys.deposits.create');
  const canCollect = useCan('keys.deposits.collect');
  const [q, setQ] = useState('');
  const [view, setView] = useState<View>('held');
  const [collecting, setCollecting] = useState<DepositRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** Bumped after each deposit: the form starts empty again. */
  const [round, setRound] = useState(0);
  const [from, setFrom] = useState(() => dayjs().startOf('month').format(DAY));
  const [to, setTo] = useState(() => dayjs().format(DAY));
  const search = useLatestSearch<Query, DepositRow[]>(fetchDeposits);
  const { run } = search;
  const rows = search.result ?? [];

  useEffect(() => {
    run({ q, status: view });
  }, [q, view, run]);
  const refresh = useCallback(() => run({ q, status: view }, true), [q, view, run]);

  const period = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;

  return (
    <div className="page keys-page">
      <div className="page-head">
        <h1>{t('keyDepositsUi.deposits.title')}</h1>
        <div className="row keys-register-link">
          <label>
            {t('keyDepositsUi.deposits.from')} <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label>
            {t('keyDepositsUi.deposits.to')} <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </label>
          {period ? (
            <Link className="button" to={previewLink('keys.deposits.register', { from, to })}>
              {t('keyDepositsUi.deposits.register')}
            </Link>
          ) : null}
        </div>
      </div>
      <Notice message={notice} />
      <div className={canCreate ? 'keys-deposits' : undefined}>
        {canCreate ? (
          <DepositForm
            key={round}
            onDone={(d) => {
              setRound((r) => r + 1);
              setNotice(t('keyDepositsUi.deposits.created', { number: d.depositNo, unit: d.unitLabel, owner: d.ownerName }));
              refresh();
            }}
          />
        ) : null}
        <section className="keys-deposits-list">
          <div className="toolbar filters">
            <SearchBox value={q} placeholder={t('keyDepositsUi.deposits.searchPlaceholder')} onChange={setQ} onEnter={(v) => run({ q: v, status: view }, true)} />
            <div className="keys-views" role="tablist" aria-label={t('keyDepositsUi.deposits.viewsLabel')}>
              {VIEWS.map((v) => (
                <button key={v} type="button" role="tab" aria-selected={v === view} className={v === view ? 'keys-view keys-view-on' : 'keys-view'} onClick={() => setView(v)}>
                  {t(`keyDepositsUi.deposits.views.${v}`)}
                </button>
              ))}
            </div>
          </div>
          <ErrorBanner message={search.error} />
          <ListTable
            className="data-table keys-deposits-table"
            columns={COLUMNS.map((c) => ({ label: t(`keyDepositsUi.deposits.col.${c}`), className: c === 'count' ? 'keys-num' : undefined }))}
            empty={t('keyDepositsUi.deposits.none')}
            rows={rows}
          >
            {(d) => (
              <tr key={d.id} className={d.status === 'collected' ? 'inactive' : undefined}>
                <td className="keys-code">{d.depositNo}</td>
                <td>
                  {d.unitLabel} {d.ownerName}
                </td>
                <td>
                  {d.description}
                  {d.note ? <span className="muted"> · {d.note}</span> : null}
                </td>
                <td className="keys-num">{d.count}</td>
                <td>{d.collectors.length ? d.collectors.map((c) => `${c.name} ${c.phone}`).join('；') : <span className="muted">{t('keyDepositsUi.deposits.ownerOnly')}</span>}</td>
                <td>
                  {formatTime(d.depositedAt)} <span className="muted">{d.depositedBy}</span>
                </td>
                <td>
                  {d.status === 'held' ? (
                    <span className="keys-status keys-status-in">{t('keyDepositsUi.deposits.held')}</span>
                  ) : (
                    t('keyDepositsUi.deposits.collectedBy', { at: formatTime(d.collectedAt), name: d.collectorName ?? '' })
                  )}
                </td>
                <td className="actions">
                  {canCollect && d.status === 'held' ? (
                    <button type="button" onClick={() => setCollecting(d)}>
                      {t('keyDepositsUi.deposits.collect')}
                    </button>
                  ) : null}
                </td>
              </tr>
            )}
          </ListTable>
          <p className="muted">{t('keyDepositsUi.deposits.count', { count: rows.length })}</p>
        </section>
      </div>
      {collecting ? (
        <CollectDialog
          deposit={collecting}
          onClose={() => setCollecting(null)}
          onDone={(d) => {
            setCollecting(null);
            setNotice(t('keyDepositsUi.deposits.collected', { number: d.depositNo, name: d.collectorName ?? '' }));
            refresh();
          }}
        />
      ) : null}
    </div>
  );
}
