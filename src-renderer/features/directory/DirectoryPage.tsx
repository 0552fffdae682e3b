import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { BuildingRow, OccupantRow } from '../../../src-shared/modules/directory';
import { errorMessage, invoke } from '../../api/client';
import { downloadFile } from '../../api/download';
import { useCan } from '../../app/access';
import { ErrorBanner } from '../../components/Field';
import { SearchBox } from '../../components/SearchBox';
import { useLatestSearch } from '../../components/useLatestSearch';
import { previewLink } from '../registers/previewLink';
import { OccupantDialog } from './OccupantDialog';
import { OccupantTable } from './OccupantTable';

interface Query {
  q: string;
  includeInactive: boolean;
  buildingId?: number;
}

interface Page {
  rows: OccupantRow[];
  nextBefore: number | null;
}

const PAGE = 50;

export function DirectoryPage() {
  const { t } = useTranslation();
  const canEdit = useCan('directory.occupants.save');
  const [q, setQ] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [buildings, setBuildings] = useState<BuildingRow[]>([]);
  const [buildingId, setBuildingId] = useState<number | null>(null);
  const [editing, setEditing] = useState<OccupantRow | 'new' | null>(null);
  const [moreError, setMoreError] = useState<string | null>(null);

  const fetchPage = useCallback((query: Query) => invoke('directory.occupants.search', { ...query, limit: PAGE }), []);
  const search = useLatestSearch<Query, Page>(fetchPage);
  const { run } = search;

  useEffect(() => {
    invoke('directory.buildings.list', {}).then(setBuildings, (err: unknown) => setMoreError(errorMessage(err)));
  }, []);

  const queryFor = useCallback(
    (text: string): Query => ({ q: text, includeInactive, ...(buildingId ? { buildingId } : {}) }),
    [includeInactive, buildingId],
  );

  useEffect(() => {
    run(queryFor(q), false);
  }, [q, queryFor, run]);

  const loadMore = async () => {
    const page = search.result;
    if (!page?.nextBefore) return;
    const apply = search.guard();
    try {
      const next = await invoke('directory.occupants.search', { ...queryFor(q), limit: PAGE, before: page.nextBefore });
      apply(() => search.setResult({ rows: [...page.rows, ...next.rows], nextBefore: next.nextBefore }));
    } catch (err) {
      setMoreError(errorMessage(err));
    }
  };

  const building = buildings.find((b) => b.id === buildingId);
  const registerParams = building ? { buildingId: building.id } : {};

  const exportXlsx = async () => {
    setMoreError(null);
    try {
      downloadFile(await invoke('registers.xlsx', { channel: 'directory.register', params: registerParams }));
    } catch (err) {
      setMoreError(errorMessage(err));
    }
  };
  const rows = search.result?.rows ?? [];

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('nav.directory')}</h1>
        <div className="row">
          {canEdit ? (
            <button type="button" className="primary" onClick={() => setEditing('new')}>
              {t('directory.addOccupant')}
            </button>
          ) : null}
          <button type="button" onClick={() => void exportXlsx()}>
            {t('directory.exportXlsx')}
          </button>
          <Link className="button" to={previewLink('directory.register', registerParams)}>
            {t('directory.print')}
          </Link>
        </div>
      </div>
      <div className="toolbar">
        <SearchBox value={q} placeholder={t('directory.searchPlaceholder')} onChange={setQ} onEnter={(v) => run(queryFor(v), true)} />
        <select aria-label={t('directory.building')} value={buildingId ?? ''} onChange={(e) => setBuildingId(e.target.value ? Number(e.target.value) : null)}>
          <option value="">{t('directory.allBuildings')}</option>
          {buildings.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
        <label className="check">
          <input type="checkbox" checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} />
          {t('directory.includeInactive')}
        </label>
      </div>
      <ErrorBanner message={search.error ?? moreError} />
      <OccupantTable rows={rows} canEdit={canEdit} onEdit={setEditing} />
      <div className="table-foot">
        <span className="muted">{t('directory.count', { count: rows.length })}</span>
        {search.result?.nextBefore ? (
          <button type="button" onClick={() => void loadMore()}>
            {t('app.loadMore')}
          </button>
        ) : null}
      </div>
      {editing ? (
        <OccupantDialog
          occupant={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            run(queryFor(q), true);
          }}
        />
      ) : null}
    </div>
  );
}
