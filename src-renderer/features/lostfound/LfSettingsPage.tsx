import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LF_PLACE_KINDS, type LfPlaceKind, type LfPlaceRow, type LfSettings } from '../../../src-shared/modules/lostfound';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner, Field, Notice } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';
import { LfSettingsForm } from './LfSettingsForm';
import './lostfound.css';

interface Draft {
  id?: number;
  name: string;
  kind: LfPlaceKind;
  active: boolean;
}

/** 失物招领设置: the settings and the storage places (a 保险箱 for high-value items, §4.10.1). */
export function LfSettingsPage() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<LfSettings | null>(null);
  const [places, setPlaces] = useState<LfPlaceRow[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const placeErrors = useFormErrors(['name', 'kind', 'active']);

  const load = useCallback(async () => {
    try {
      const [s, p] = await Promise.all([invoke('lostfound.settings.get', {}), invoke('lostfound.places.list', {})]);
      setSettings(s);
      setPlaces(p);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const savePlace = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    setBusy(true);
    placeErrors.clear();
    try {
      const saved = await invoke('lostfound.places.save', { ...(draft.id ? { id: draft.id } : {}), name: draft.name.trim(), kind: draft.kind, active: draft.active });
      setNotice(t('lostfoundUi.settings.placeSaved', { name: saved.name }));
      setDraft(null);
      await load();
    } catch (err) {
      placeErrors.fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page lf-page">
      <div className="page-head">
        <h1>{t('lostfoundUi.settings.title')}</h1>
      </div>
      <ErrorBanner message={error} />
      {settings ? <LfSettingsForm key={JSON.stringify(settings)} settings={settings} onSaved={setSettings} /> : null}
      <h2>{t('lostfoundUi.settings.placesTitle')}</h2>
      <Notice message={notice} />
      <table className="data-table lf-table">
        <thead>
          <tr>
            <th>{t('lostfoundUi.settings.col.name')}</th>
            <th>{t('lostfoundUi.settings.col.kind')}</th>
            <th>{t('lostfoundUi.settings.col.items')}</th>
            <th>{t('lostfoundUi.settings.col.active')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {places.map((p) => (
            <tr key={p.id}>
              <td>{p.name}</td>
              <td>{t(`lostfoundUi.settings.kinds.${p.kind}`)}</td>
              <td>{p.items}</td>
              <td>{p.active ? t('lostfoundUi.settings.yes') : t('lostfoundUi.settings.no')}</td>
              <td>
                <button type="button" onClick={() => setDraft({ id: p.id, name: p.name, kind: p.kind, active: p.active })}>
                  {t('lostfoundUi.settings.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {draft ? (
        <form className="lf-panel" onSubmit={(e) => void savePlace(e)} aria-label={t('lostfoundUi.settings.placesTitle')}>
          <div className="lf-row">
            <Field label={t('lostfoundUi.settings.name')} error={placeErrors.errors.fields.name}>
              <input name="name" autoComplete="off" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
            </Field>
            <Field label={t('lostfoundUi.settings.kind')} error={placeErrors.errors.fields.kind}>
              <select name="kind" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as LfPlaceKind })}>
                {LF_PLACE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`lostfoundUi.settings.kinds.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
            <label>
              <input type="checkbox" checked={draft.active} onChange={(e) => setDraft({ ...draft, active: e.target.checked })} /> {t('lostfoundUi.settings.active')}
            </label>
          </div>
          <ErrorBanner message={placeErrors.errors.general} />
          <div className="row">
            <button type="button" onClick={() => setDraft(null)}>
              {t('app.cancel')}
            </button>
            <button type="submit" className="primary" disabled={busy}>
              {t('lostfoundUi.settings.savePlace')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => setDraft({ name: '', kind: 'ordinary', active: true })}>
          {t('lostfoundUi.settings.add')}
        </button>
      )}
    </div>
  );
}
