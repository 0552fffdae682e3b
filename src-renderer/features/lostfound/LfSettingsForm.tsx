import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LF_CATEGORIES, type LfCategory, type LfSettings } from '../../../src-shared/modules/lostfound';
import { invoke } from '../../api/client';
import { ErrorBanner, Field, Notice } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

const FIELDS = ['highValueYuan', 'highValueCategories', 'retentionDays', 'idPoliceDays', 'registerFormNo', 'disposalFormNo', ...LF_CATEGORIES.map((c) => `retentionDays.${c}`)];

/** What counts as high value, how long each category is kept (§4.10.3: 3 months, food excepted), ID cards to 公安. */
export function LfSettingsForm({ settings, onSaved }: { settings: LfSettings; onSaved(s: LfSettings): void }) {
  const { t } = useTranslation();
  const [yuan, setYuan] = useState(String(settings.highValueYuan));
  const [cats, setCats] = useState<LfCategory[]>(settings.highValueCategories);
  const [days, setDays] = useState<Record<LfCategory, string>>(() => Object.fromEntries(LF_CATEGORIES.map((c) => [c, String(settings.retentionDays[c])])) as Record<LfCategory, string>);
  const [police, setPolice] = useState(String(settings.idPoliceDays));
  const [registerFormNo, setRegisterFormNo] = useState(settings.registerFormNo);
  const [disposalFormNo, setDisposalFormNo] = useState(settings.disposalFormNo);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { errors, fromError, clear } = useFormErrors(FIELDS);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    setNotice(null);
    try {
      const saved = await invoke('lostfound.settings.update', {
        highValueYuan: Number(yuan),
        highValueCategories: cats,
        retentionDays: Object.fromEntries(LF_CATEGORIES.map((c) => [c, Number(days[c])])),
        idPoliceDays: Number(police),
        registerFormNo: registerFormNo.trim(),
        disposalFormNo: disposalFormNo.trim(),
      });
      setNotice(t('lostfoundUi.settings.saved'));
      onSaved(saved);
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="lf-panel" onSubmit={(e) => void submit(e)} aria-label={t('lostfoundUi.settings.title')}>
      <Notice message={notice} />
      <div className="lf-row">
        <Field label={t('lostfoundUi.settings.highValueYuan')} error={errors.fields.highValueYuan}>
          <input name="highValueYuan" type="number" min={1} className="lf-narrow" value={yuan} onChange={(e) => setYuan(e.target.value)} />
        </Field>
        <Field label={t('lostfoundUi.settings.idPoliceDays')} error={errors.fields.idPoliceDays}>
          <input name="idPoliceDays" type="number" min={1} max={90} className="lf-narrow" value={police} onChange={(e) => setPolice(e.target.value)} />
        </Field>
        <Field label={t('lostfoundUi.settings.registerFormNo')} error={errors.fields.registerFormNo}>
          <input name="registerFormNo" autoComplete="off" value={registerFormNo} onChange={(e) => setRegisterFormNo(e.target.value)} />
        </Field>
        <Field label={t('lostfoundUi.settings.disposalFormNo')} error={errors.fields.disposalFormNo}>
          <input name="disposalFormNo" autoComplete="off" value={disposalFormNo} onChange={(e) => setDisposalFormNo(e.target.value)} />
        </Field>
      </div>
      <fieldset className="lf-row">
        <legend>{t('lostfoundUi.settings.highValueCategories')}</legend>
        {LF_CATEGORIES.map((c) => (
          <label key={c}>
            <input type="checkbox" checked={cats.includes(c)} onChange={(e) => setCats((old) => (e.target.checked ? [...old, c] : old.filter((x) => x !== c)))} />{' '}
            {t(`lostfoundUi.categories.${c}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="lf-row">
        <legend>{t('lostfoundUi.settings.retention')}</legend>
        {LF_CATEGORIES.map((c) => (
          <Field key={c} label={t(`lostfoundUi.categories.${c}`)} error={errors.fields[`retentionDays.${c}`]}>
            <input type="number" min={1} max={3650} className="lf-narrow" value={days[c]} onChange={(e) => setDays((old) => ({ ...old, [c]: e.target.value }))} />
          </Field>
        ))}
      </fieldset>
      <ErrorBanner message={errors.general ?? errors.fields.highValueCategories ?? errors.fields.retentionDays ?? null} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('lostfoundUi.settings.save')}
        </button>
      </div>
    </form>
  );
}
