import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LF_CATEGORIES, type LfCategory, type LfItemRow } from '../../../src-shared/modules/lostfound';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useFormErrors } from '../../components/useFormErrors';
import type { Photo } from '../passes/PhotoField';
import { CountFields, type CountValue } from './CountFields';
import { PhotoCapture } from './PhotoCapture';
import { useLfSetup } from './useLfSetup';

const FIELDS = ['name', 'category', 'quantity', 'features', 'foundAt', 'foundPlace', 'noticePlace', 'finderKind', 'finderName', 'finderPhone', 'declaredValue', 'cashAmount', 'countedBy', 'placeId', 'photoBase64', 'remarks'];
const NO_COUNT: CountValue = { username: '', password: '', cashAmount: '' };
/** '' is "not given"; anything else goes to main as a number, which validates it (a typo becomes NaN and is refused). */
const amount = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s.trim()));

/** 撿拾物品登记 (001 §4.10.1): what, how many, features, when and where found, by whom, and where it is kept. */
export function IntakeDialog({ onClose, onDone }: { onClose(): void; onDone(item: LfItemRow): void }) {
  const { t } = useTranslation();
  const { places, settings, error: setupError } = useLfSetup();
  const [name, setName] = useState('');
  const [category, setCategory] = useState<LfCategory>('other');
  const [quantity, setQuantity] = useState('1');
  const [features, setFeatures] = useState('');
  const [foundAt, setFoundAt] = useState('');
  const [foundPlace, setFoundPlace] = useState('');
  const [noticePlace, setNoticePlace] = useState('');
  const [finderKind, setFinderKind] = useState<'staff' | 'visitor'>('staff');
  const [finderName, setFinderName] = useState('');
  const [finderPhone, setFinderPhone] = useState('');
  const [declared, setDeclared] = useState('');
  const [placeId, setPlaceId] = useState(0);
  const [remarks, setRemarks] = useState('');
  const [photo, setPhoto] = useState<Photo | null>(null);
  const [count, setCount] = useState<CountValue>(NO_COUNT);
  const [busy, setBusy] = useState(false);
  const { errors, fromError, setField, clear } = useFormErrors(FIELDS);

  // Shown as the desk types; main decides again from its own settings.
  const declaredYuan = amount(declared);
  const highValue = Boolean(settings && (settings.highValueCategories.includes(category) || (declaredYuan !== undefined && declaredYuan >= settings.highValueYuan)));
  const choices = useMemo(() => places.filter((p) => p.active && (!highValue || p.kind === 'safe')), [places, highValue]);
  useEffect(() => {
    if (!choices.some((p) => p.id === placeId) && choices.length > 0) setPlaceId(choices[0].id);
  }, [choices, placeId]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    const cash = category === 'cash_valuables' ? amount(count.cashAmount) : undefined;
    const counted = count.username.trim() || count.password ? { username: count.username.trim(), password: count.password } : undefined;
    try {
      const item = await invoke('lostfound.intake', {
        name: name.trim(),
        category,
        quantity: Number(quantity) || 1,
        features: features.trim(),
        ...(foundAt.trim() ? { foundAt: foundAt.trim() } : {}),
        foundPlace: foundPlace.trim(),
        noticePlace: noticePlace.trim(),
        finderKind,
        finderName: finderName.trim(),
        finderPhone: finderPhone.trim(),
        ...(declaredYuan !== undefined ? { declaredValue: declaredYuan } : {}),
        ...(highValue && cash !== undefined ? { cashAmount: cash } : {}),
        ...(highValue && counted ? { countedBy: counted } : {}),
        placeId,
        ...(photo ? { photoBase64: photo.base64 } : {}),
        remarks: remarks.trim(),
      });
      onDone(item);
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  const text = (label: string, field: string, value: string, set: (v: string) => void, className?: string) => (
    <Field label={label} error={errors.fields[field]}>
      <input name={field} autoComplete="off" className={className} value={value} onChange={(e) => set(e.target.value)} />
    </Field>
  );

  return (
    <Dialog title={t('lostfoundUi.intake.title')} onClose={onClose} wide>
      <form className="lf-form" onSubmit={(e) => void submit(e)} aria-label={t('lostfoundUi.intake.title')}>
        <ErrorBanner message={setupError} />
        <div className="lf-row">
          {text(t('lostfoundUi.intake.name'), 'name', name, setName)}
          <SelectField
            name="category"
            label={t('lostfoundUi.intake.category')}
            error={errors.fields.category}
            value={category}
            options={LF_CATEGORIES}
            optionLabel={(c) => t(`lostfoundUi.categories.${c}`)}
            onChange={setCategory}
          />
          <Field label={t('lostfoundUi.intake.quantity')} error={errors.fields.quantity}>
            <input name="quantity" type="number" min={1} max={9999} className="lf-narrow" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
          </Field>
          {text(t('lostfoundUi.intake.declaredValue'), 'declaredValue', declared, setDeclared, 'lf-narrow')}
        </div>
        <Field label={t('lostfoundUi.intake.features')} error={errors.fields.features}>
          <textarea name="features" rows={2} value={features} onChange={(e) => setFeatures(e.target.value)} />
        </Field>
        <div className="lf-row">
          {text(t('lostfoundUi.intake.foundPlace'), 'foundPlace', foundPlace, setFoundPlace)}
          {text(t('lostfoundUi.intake.noticePlace'), 'noticePlace', noticePlace, setNoticePlace)}
          {text(t('lostfoundUi.intake.foundAt'), 'foundAt', foundAt, setFoundAt)}
        </div>
        <div className="lf-row">
          <Field label={t('lostfoundUi.intake.finderKind')} error={errors.fields.finderKind}>
            <select name="finderKind" value={finderKind} onChange={(e) => setFinderKind(e.target.value as 'staff' | 'visitor')}>
              <option value="staff">{t('lostfoundUi.intake.staff')}</option>
              <option value="visitor">{t('lostfoundUi.intake.visitor')}</option>
            </select>
          </Field>
          {text(t('lostfoundUi.intake.finderName'), 'finderName', finderName, setFinderName)}
          {text(t('lostfoundUi.intake.finderPhone'), 'finderPhone', finderPhone, setFinderPhone)}
        </div>
        {highValue ? <p className="lf-high" role="note">{t('lostfoundUi.intake.highValue')}</p> : null}
        <div className="lf-row">
          <Field label={t('lostfoundUi.intake.place')} error={errors.fields.placeId}>
            <select name="placeId" value={placeId} onChange={(e) => setPlaceId(Number(e.target.value))}>
              {choices.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                  {p.kind === 'safe' ? t('lostfoundUi.intake.safe') : ''}
                </option>
              ))}
            </select>
          </Field>
          {text(t('lostfoundUi.intake.remarks'), 'remarks', remarks, setRemarks, 'lf-wide')}
        </div>
        {highValue ? <CountFields value={count} onChange={setCount} cash={category === 'cash_valuables'} errors={errors.fields} /> : null}
        <PhotoCapture
          photo={photo}
          error={errors.fields.photoBase64}
          onChange={(p) => {
            setPhoto(p);
            clear();
          }}
          onReject={(message) => setField('photoBase64', message)}
        />
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} submitLabel={t('lostfoundUi.intake.submit')} />
      </form>
    </Dialog>
  );
}
