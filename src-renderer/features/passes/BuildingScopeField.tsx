import { useTranslation } from 'react-i18next';
import type { BuildingRow } from '../../../src-shared/modules/directory';

/** `all` or the chosen building ids; nothing is chosen at first so the scope is always a deliberate choice. */
export type Scope = 'all' | number[];

interface Props {
  buildings: BuildingRow[] | null;
  scope: Scope;
  error?: string;
  onChange(scope: Scope): void;
}

export function BuildingScopeField({ buildings, scope, error, onChange }: Props) {
  const { t } = useTranslation();
  const chosen = scope === 'all' ? [] : scope;
  const toggle = (id: number, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((x) => x !== id));

  return (
    <fieldset className={error ? 'field field-invalid' : 'field'}>
      <legend className="field-label">{t('passesUi.form.scope')}</legend>
      <label className="check">
        <input type="checkbox" name="allBuildings" checked={scope === 'all'} onChange={(e) => onChange(e.target.checked ? 'all' : [])} />
        {t('passesUi.form.allBuildings')}
      </label>
      <div className="pass-building-grid">
        {buildings === null ? <span className="muted">{t('app.loading')}</span> : null}
        {buildings?.length === 0 ? <span className="field-hint">{t('passesUi.form.noBuildings')}</span> : null}
        {buildings?.map((b) => (
          <label key={b.id} className="check">
            <input
              type="checkbox"
              name={`building-${b.id}`}
              disabled={scope === 'all'}
              checked={scope === 'all' || chosen.includes(b.id)}
              onChange={(e) => toggle(b.id, e.target.checked)}
            />
            {b.name}
          </label>
        ))}
      </div>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}
