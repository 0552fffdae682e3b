import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuildingRow, UnitRow } from '../../../src-shared/modules/directory';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner } from '../../components/Field';
import { BuildingDialog, UnitDialog } from './PlaceDialogs';

export function BuildingsPage() {
  const { t } = useTranslation();
  const [buildings, setBuildings] = useState<BuildingRow[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [units, setUnits] = useState<UnitRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [editBuilding, setEditBuilding] = useState<BuildingRow | 'new' | null>(null);
  const [editUnit, setEditUnit] = useState<UnitRow | 'new' | null>(null);

  const loadBuildings = useCallback(() => {
    invoke('directory.buildings.list', {}).then(setBuildings, (err: unknown) => setError(errorMessage(err)));
  }, []);
  const loadUnits = useCallback(() => {
    if (selected === null) return setUnits([]);
    invoke('directory.units.list', { buildingId: selected }).then(setUnits, (err: unknown) => setError(errorMessage(err)));
  }, [selected]);

  useEffect(loadBuildings, [loadBuildings]);
  useEffect(loadUnits, [loadUnits]);

  const remove = async (what: string, call: () => Promise<unknown>, after: () => void) => {
    if (!window.confirm(t('app.confirmDelete', { what }))) return;
    setError(null);
    try {
      await call();
      after();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const building = buildings.find((b) => b.id === selected);

  return (
    <div className="page">
      <h1>{t('buildings.title')}</h1>
      <ErrorBanner message={error} />
      <div className="two-panes">
        <section className="pane">
          <div className="pane-head">
            <h2>{t('buildings.buildings')}</h2>
            <button type="button" className="primary" autoFocus onClick={() => setEditBuilding('new')}>
              {t('buildings.addBuilding')}
            </button>
          </div>
          <ul className="pick-list">
            {buildings.map((b) => (
              <li key={b.id} className={b.id === selected ? 'picked' : undefined}>
                <button type="button" className="link pick" onClick={() => setSelected(b.id)}>
                  {b.name} <span className="muted">{t('buildings.unitCount', { count: b.unitCount })}</span>
                </button>
                <button type="button" className="link" onClick={() => setEditBuilding(b)}>
                  {t('app.rename')}
                </button>
                <button
                  type="button"
                  className="link danger"
                  onClick={() =>
                    void remove(b.name, () => invoke('directory.buildings.delete', { id: b.id }), () => {
                      if (selected === b.id) setSelected(null);
                      loadBuildings();
                    })
                  }
                >
                  {t('app.delete')}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section className="pane">
          <div className="pane-head">
            <h2>
              {t('buildings.units')} {building ? `· ${building.name}` : ''}
            </h2>
            <button type="button" className="primary" disabled={!building} onClick={() => setEditUnit('new')}>
              {t('buildings.addUnit')}
            </button>
          </div>
          {!building ? <p className="muted">{t('buildings.chooseBuilding')}</p> : null}
          <ul className="pick-list">
            {units.map((u) => (
              <li key={u.id}>
                <span className="pick">
                  {u.label} <span className="muted">{t('buildings.occupantCount', { count: u.occupantCount })}</span>
                </span>
                <button type="button" className="link" onClick={() => setEditUnit(u)}>
                  {t('app.edit')}
                </button>
                <button
                  type="button"
                  className="link danger"
                  onClick={() => void remove(u.label, () => invoke('directory.units.delete', { id: u.id }), () => {
                    loadUnits();
                    loadBuildings();
                  })}
                >
                  {t('app.delete')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {editBuilding ? (
        <BuildingDialog
          building={editBuilding === 'new' ? null : editBuilding}
          onClose={() => setEditBuilding(null)}
          onSaved={(b) => {
            setEditBuilding(null);
            setSelected(b.id);
            loadBuildings();
          }}
        />
      ) : null}
      {editUnit && building ? (
        <UnitDialog
          buildingId={building.id}
          unit={editUnit === 'new' ? null : editUnit}
          onClose={() => setEditUnit(null)}
          onSaved={() => {
            setEditUnit(null);
            loadUnits();
            loadBuildings();
          }}
        />
      ) : null}
    </div>
  );
}
