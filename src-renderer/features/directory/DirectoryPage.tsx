import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { BuildingRow, OccupantRow } from '../../../src-shared/modules/directory';
import { errorMessage, invoke } from '../../api/client';
import { downloadFile } from '../../api/download';
import { useCan } from '../../app/access';
import { ErrorBanner } from '../../components/Field';
import { SearchBox } from '../../components/SearchBox';
import { TableFoot } from '../../components/TableFoot';
import { usePagedSearch } from '../../components/usePagedSearch';
import { previewLink } from '../registers/previewLink';
import { OccupantDialog } from './OccupantDialog';
import { OccupantTable } from './OccupantTable';

interface Query {
  q: string;
  includeInactive: boolean;
  buildingId?: number;
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
  const [pageError, setPageError] = useState<string | null>(null);

  const fetchPage = useCallback(
    (query: Query, before: number | undefined, signal: AbortSignal) => invoke('directory.occupants.search', { ...query, limit: PAGE, ...(before ? { before } : {}) }, { signal }),
    [],
  );
  const search = usePagedSearch<Query, OccupantRow>(fetchPage);
  const { run } = search;

  useEffect(() => {
    invoke('directory.buildings.list', {}).then(setBuildings, (err: unknown) => setPageError(errorMessage(err)));
  }, []);

  const queryFor = useCallback(
    (text: string): Query => ({ q: text, includeInactive, ...(buildingId ? { buildingId } : {}) }),
    [includeInactive, buildingId],
  );

  useEffect(() => {
    run(queryFor(q), false);
  }, [q, queryFor, run]);


  const building = buildings.find((b) => b.id === buildingId);
  const registerParams = building ? { buildingId: building.id } : {};

  const exportXlsx = async () => {
    setPageError(null);
    try {
      downloadFile(await invoke('registers.xlsx', { channel: 'directory.register', params: registerParams }));
    } catch (err) {
      setPageError(errorMessage(err));
    }
  };
  const { rows } = search;

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
      <ErrorBanner message={search.error ?? pageError} />
      <OccupantTable rows={rows} canEdit={canEdit} onEdit={setEditing} />
      <TableFoot countLabel={t('directory.count', { count: rows.length })} hasMore={search.hasMore} onMore={() => void search.loadMore()} />
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
