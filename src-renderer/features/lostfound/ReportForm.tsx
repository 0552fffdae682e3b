import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LF_CATEGORIES, type LfCategory, type LfReportRow } from '../../../src-shared/modules/lostfound';
import { invoke } from '../../api/client';
import { ErrorBanner, Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';

const FIELDS = ['reporterName', 'reporterPhone', 'itemName', 'category', 'lostPlace', 'lostDate', 'description'];

/** 报失: someone tells the desk what they lost, so found items can be matched to it both ways. */
export function ReportForm({ onDone }: { onDone(report: LfReportRow): void }) {
  const { t } = useTranslation();
  const [v, setV] = useState({ reporterName: '', reporterPhone: '', itemName: '', lostPlace: '', lostDate: '', description: '' });
  const [category, setCategory] = useState<LfCategory>('other');
  const { errors, busy, submit } = useFormSubmit(FIELDS);

  const send = async () => {
    const trimmed = Object.fromEntries(Object.entries(v).map(([k, s]) => [k, s.trim()])) as typeof v;
    onDone(await invoke('lostfound.reports.create', { ...trimmed, category }));
  };

  const text = (field: keyof typeof v, type = 'text', className?: string) => (
    <Field label={t(`lostfoundUi.reports.${field}`)} error={errors.fields[field]}>
      <input name={field} type={type} autoComplete="off" className={className} value={v[field]} onChange={(e) => setV((old) => ({ ...old, [field]: e.target.value }))} />
    </Field>
  );

  return (
    <form className="lf-panel" onSubmit={(e) => void submit(e, send)} aria-label={t('lostfoundUi.reports.formTitle')}>
      <h2>{t('lostfoundUi.reports.formTitle')}</h2>
      <div className="lf-row">
        {text('reporterName')}
        {text('reporterPhone')}
        {text('itemName')}
        <SelectField
          name="category"
          label={t('lostfoundUi.reports.category')}
          error={errors.fields.category}
          value={category}
          options={LF_CATEGORIES}
          optionLabel={(c) => t(`lostfoundUi.categories.${c}`)}
          onChange={setCategory}
        />
      </div>
      <div className="lf-row">
        {text('lostPlace')}
        {text('lostDate', 'date')}
        {text('description', 'text', 'lf-wide')}
      </div>
      <ErrorBanner message={errors.general} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('lostfoundUi.reports.submit')}
        </button>
      </div>
    </form>
  );
}
