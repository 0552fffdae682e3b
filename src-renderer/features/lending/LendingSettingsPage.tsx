import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LendingTypeRow } from '../../../src-shared/modules/lending';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner, Field, Notice } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';
import './lending.css';

const TYPE_FIELDS = ['name', 'needsId', 'loanHours', 'count', 'active'];

interface TypeDraft {
  id?: number;
  name: string;
  needsId: boolean;
  loanHours: string;
  count: string;
  active: boolean;
}

const NEW_TYPE: TypeDraft = { name: '', needsId: false, loanHours: '24', count: '1', active: true };
const draftOf = (r: LendingTypeRow): TypeDraft => ({
  id: r.id, name: r.name, needsId: r.needsId, loanHours: String(r.loanHours), count: String(r.count), active: r.active,
});

/** 借用设置: the courtesy items the desk lends (name, ID needed, loan hours, count, active) and the long-storage days. */
export function LendingSettingsPage() {
  const { t } = useTranslation();
  const [types, setTypes] = useState<LendingTypeRow[]>([]);
  const [draft, setDraft] = useState<TypeDraft | null>(null);
  const [days, setDays] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const typeErrors = useFormErrors(TYPE_FIELDS);
  const dayErrors = useFormErrors(['longStoredDays']);

  const load = useCallback(async () => {
    try {
      const [list, settings] = await Promise.all([invoke('lending.types.list', {}), invoke('lending.settings.get', {})]);
      setTypes(list);
      setDays(String(settings.longStoredDays));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const edit = (d: TypeDraft) => {
    typeErrors.clear();
    setNotice(null);
    setDraft(d);
  };

  const saveType = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    setBusy(true);
    typeErrors.clear();
    try {
      const saved = await invoke('lending.types.save', {
        ...(draft.id ? { id: draft.id } : {}),
        name: draft.name.trim(),
        needsId: draft.needsId,
        loanHours: Number(draft.loanHours),
        count: Number(draft.count),
        active: draft.active,
      });
      setNotice(t('lendingUi.settings.saved', { name: saved.name }));
      setDraft(null);
      await load();
    } catch (err) {
      typeErrors.fromError(err);
    } finally {
      setBusy(false);
    }
  };

  const saveDays = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    dayErrors.clear();
    try {
      const after = await invoke('lending.settings.update', { longStoredDays: Number(days) });
      setDays(String(after.longStoredDays));
      setNotice(t('lendingUi.settings.daysSaved', { days: after.longStoredDays }));
    } catch (err) {
      dayErrors.fromError(err);
    } finally {
      setBusy(false);
    }
  };

  const set = (patch: Partial<TypeDraft>) => setDraft((d) => (d ? { ...d, ...patch } : d));

  return (
    <div className="page lend-page">
      <div className="page-head">
        <h1>{t('lendingUi.settings.title')}</h1>
      </div>
      <ErrorBanner message={error} />
      <Notice message={notice} />

      <section className="lend-section" aria-labelledby="lend-types-title">
        <div className="lend-list-head">
          <h2 id="lend-types-title">{t('lendingUi.settings.typesTitle')}</h2>
          <button type="button" onClick={() => edit(NEW_TYPE)}>
            {t('lendingUi.settings.add')}
          </button>
        </div>
        <table className="data-table lend-table">
          <thead>
            <tr>
              <th>{t('lendingUi.settings.col.name')}</th>
              <th>{t('lendingUi.settings.col.needsId')}</th>
              <th>{t('lendingUi.settings.col.loanHours')}</th>
              <th>{t('lendingUi.settings.col.count')}</th>
              <th>{t('lendingUi.settings.col.out')}</th>
              <th>{t('lendingUi.settings.col.active')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {types.map((r) => (
              <tr key={r.id} data-testid="type-row" className={r.active ? undefined : 'muted'}>
                <td>{r.name}</td>
                <td>{r.needsId ? t('lendingUi.settings.yes') : t('lendingUi.settings.no')}</td>
                <td>{r.loanHours}</td>
                <td>{r.count}</td>
                <td>{r.out}</td>
                <td>{r.active ? t('lendingUi.settings.yes') : t('lendingUi.settings.no')}</td>
                <td>
                  <button type="button" onClick={() => edit(draftOf(r))}>
                    {t('lendingUi.settings.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {draft ? (
        <form className="lend-form lend-settings-form" onSubmit={(e) => void saveType(e)} aria-label={draft.id ? t('lendingUi.settings.formEdit', { name: draft.name }) : t('lendingUi.settings.formAdd')}>
          <h2>{draft.id ? t('lendingUi.settings.formEdit', { name: types.find((r) => r.id === draft.id)?.name ?? draft.name }) : t('lendingUi.settings.formAdd')}</h2>
          <div className="lend-row">
            <Field label={t('lendingUi.settings.name')} error={typeErrors.errors.fields.name}>
              <input name="name" autoComplete="off" value={draft.name} onChange={(e) => set({ name: e.target.value })} />
            </Field>
            <Field label={t('lendingUi.settings.loanHours')} error={typeErrors.errors.fields.loanHours}>
              <input name="loanHours" type="number" className="lend-narrow" min={1} max={720} value={draft.loanHours} onChange={(e) => set({ loanHours: e.target.value })} />
            </Field>
            <Field label={t('lendingUi.settings.count')} error={typeErrors.errors.fields.count}>
              <input name="count" type="number" className="lend-narrow" min={0} max={999} value={draft.count} onChange={(e) => set({ count: e.target.value })} />
            </Field>
          </div>
          <label className="check">
            <input type="checkbox" name="needsId" checked={draft.needsId} onChange={(e) => set({ needsId: e.target.checked })} /> {t('lendingUi.settings.needsId')}
          </label>
          <label className="check">
            <input type="checkbox" name="active" checked={draft.active} onChange={(e) => set({ active: e.target.checked })} /> {t('lendingUi.settings.active')}
          </label>
          <ErrorBanner message={typeErrors.errors.general} />
          <div className="lend-foot">
            <button type="button" onClick={() => setDraft(null)}>
              {t('lendingUi.detail.close')}
            </button>{' '}
            <button type="submit" className="primary" disabled={busy}>
              {t('lendingUi.settings.save')}
            </button>
          </div>
        </form>
      ) : null}

      <form className="lend-form lend-settings-form" onSubmit={(e) => void saveDays(e)} aria-label={t('lendingUi.settings.storageTitle')}>
        <h2>{t('lendingUi.settings.storageTitle')}</h2>
        <div className="lend-row">
          <Field label={t('lendingUi.settings.longStoredDays')} error={dayErrors.errors.fields.longStoredDays}>
            <input name="longStoredDays" type="number" className="lend-narrow" min={1} max={365} value={days} onChange={(e) => setDays(e.target.value)} />
          </Field>
        </div>
        <ErrorBanner message={dayErrors.errors.general} />
        <div className="lend-foot">
          <button type="submit" className="primary" disabled={busy}>
            {t('lendingUi.settings.saveDays')}
          </button>
        </div>
      </form>
    </div>
  );
}
