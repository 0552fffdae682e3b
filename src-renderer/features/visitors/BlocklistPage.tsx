import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlocklistRow } from '../../../src-shared/modules/visitors';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner, Notice } from '../../components/Field';
import { formatTime } from '../../components/time';
import { SearchBox } from '../../components/SearchBox';
import { useLatestSearch } from '../../components/useLatestSearch';
import { BlocklistDialog } from './BlocklistDialog';
import { RemoveBlockDialog } from './RemoveBlockDialog';
import './visitors.css';

const fetchList = (q: string, signal: AbortSignal) => invoke('visitors.blocklist.list', { q }, { signal });

export function BlocklistPage() {
  const { t } = useTranslation();
  const canEdit = useCan('visitors.blocklist.save');
  const canRemove = useCan('visitors.blocklist.remove');
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<BlocklistRow | 'new' | null>(null);
  const [removing, setRemoving] = useState<BlocklistRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const search = useLatestSearch<string, BlocklistRow[]>(fetchList);
  const { run } = search;

  useEffect(() => {
    run(q);
  }, [q, run]);

  const label = useCallback((r: BlocklistRow) => r.name || r.idNumberMasked || t('visitorsUi.blocklist.unnamed'), [t]);
  const rows = search.result ?? [];

  return (
    <div className="page visit-page">
      <div className="page-head">
        <h1>{t('visitorsUi.blocklist.title')}</h1>
        {canEdit ? (
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            {t('visitorsUi.blocklist.add')}
          </button>
        ) : null}
      </div>
      <div className="toolbar">
        <SearchBox value={q} placeholder={t('visitorsUi.blocklist.searchPlaceholder')} onChange={setQ} onEnter={(v) => run(v, true)} />
      </div>
      <ErrorBanner message={search.error} />
      <Notice message={notice} />
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('visitorsUi.blocklist.name')}</th>
            <th>{t('visitorsUi.blocklist.idNumber')}</th>
            <th>{t('visitorsUi.blocklist.phone')}</th>
            <th>{t('visitorsUi.blocklist.reason')}</th>
            <th>{t('visitorsUi.blocklist.createdAt')}</th>
            <th>{t('visitorsUi.blocklist.createdBy')}</th>
            {canEdit || canRemove ? <th>{t('app.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={7} className="empty">
                {t('app.noRecords')}
              </td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.id}>
                <td>{r.name}</td>
                <td className="visit-mono nowrap">{r.idNumberMasked}</td>
                <td className="nowrap">{r.phone}</td>
                <td>{r.reason}</td>
                <td className="nowrap">{formatTime(r.createdAt)}</td>
                <td>{r.createdBy}</td>
                {canEdit || canRemove ? (
                  <td className="actions">
                    {canEdit ? (
                      <button type="button" className="link" onClick={() => setEditing(r)}>
                        {t('app.edit')}
                      </button>
                    ) : null}
                    {canRemove ? (
                      <button type="button" className="link danger" onClick={() => setRemoving(r)}>
                        {t('visitorsUi.blocklist.remove')}
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))
          )}
        </tbody>
      </table>
      <div className="table-foot">
        <span className="muted">{t('visitorsUi.blocklist.count', { count: rows.length })}</span>
      </div>
      {editing ? (
        <BlocklistDialog
          entry={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(row) => {
            setEditing(null);
            setNotice(t('visitorsUi.blocklist.saved', { name: label(row) }));
            run(q, true);
          }}
        />
      ) : null}
      {removing ? (
        <RemoveBlockDialog
          entry={removing}
          label={label(removing)}
          onClose={() => setRemoving(null)}
          onRemoved={() => {
            setNotice(t('visitorsUi.blocklist.removed', { name: label(removing) }));
            setRemoving(null);
            run(q, true);
          }}
        />
      ) : null}
    </div>
  );
}
