import { useEffect, useState, type FormEvent } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BuildingRow } from '../../../src-shared/modules/directory';
import { ID_DOC_TYPES, PASS_CATEGORIES, type IdDocType, type PassCategory, type PassRow } from '../../../src-shared/modules/passes';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';
import { BuildingScopeField, type Scope } from './BuildingScopeField';
import { PhotoField, type Photo } from './PhotoField';

interface Props {
  onClose(): void;
  onIssued(pass: PassRow): void;
}

const FIELDS = ['holderName', 'idType', 'idNumber', 'phone', 'company', 'category', 'validFrom', 'validTo', 'buildingIds', 'photoBase64', 'remarks'];

/** A year's pass by default: from today up to the day before the same date next year. */
function defaultPeriod() {
  const today = dayjs();
  return { validFrom: today.format('YYYY-MM-DD'), validTo: today.add(1, 'year').subtract(1, 'day').format('YYYY-MM-DD') };
}

export function IssuePassDialog({ onClose, onIssued }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    holderName: '',
    idType: 'resident_id' as IdDocType,
    idNumber: '',
    phone: '',
    company: '',
    category: '' as PassCategory | '',
    ...defaultPeriod(),
    remarks: '',
  });
  const [scope, setScope] = useState<Scope>([]);
  const [photo, setPhoto] = useState<Photo | null>(null);
  const [buildings, setBuildings] = useState<BuildingRow[] | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, fromError, setField, clear } = useFormErrors(FIELDS);

  useEffect(() => {
    invoke('directory.buildings.list', {}).then(setBuildings, (err: unknown) => fromError(err));
  }, [fromError]);

  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { category, ...rest } = form;
    if (!category) return setField('category', t('passesUi.form.chooseCategory'));
    if (scope !== 'all' && scope.length === 0) return setField('buildingIds', t('passesUi.form.chooseScope'));
    setBusy(true);
    try {
      onIssued(
        await invoke('passes.issue', {
          ...rest,
          category,
          buildingIds: scope === 'all' ? null : scope,
          ...(photo ? { photoBase64: photo.base64 } : {}),
        }),
      );
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('passesUi.issue')} onClose={onClose} wide>
      <form className="form" onSubmit={submit}>
        <p className="muted pass-hint">{t('passesUi.form.identityHint')}</p>
        <div className="pass-form-grid">
          <Field label={t('passesUi.form.holderName')} error={errors.fields.holderName}>
            <input name="holderName" autoFocus autoComplete="off" value={form.holderName} onChange={(e) => set('holderName', e.target.value)} />
          </Field>
          <Field label={t('passesUi.form.phone')} error={errors.fields.phone}>
            <input name="phone" inputMode="tel" autoComplete="off" value={form.phone} onChange={(e) => set('phone', e.target.value)} />
          </Field>
          <Field label={t('passesUi.form.idType')} error={errors.fields.idType}>
            <select name="idType" value={form.idType} onChange={(e) => set('idType', e.target.value as IdDocType)}>
              {ID_DOC_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`idTypes.${type}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('passesUi.form.idNumber')} error={errors.fields.idNumber}>
            <input name="idNumber" autoComplete="off" spellCheck={false} value={form.idNumber} onChange={(e) => set('idNumber', e.target.value)} />
          </Field>
          <Field label={t('passesUi.form.company')} error={errors.fields.company}>
            <input name="company" value={form.company} onChange={(e) => set('company', e.target.value)} />
          </Field>
          <Field label={t('passesUi.form.category')} error={errors.fields.category}>
            <select name="category" value={form.category} onChange={(e) => set('category', e.target.value as PassCategory | '')}>
              <option value="">{t('passesUi.form.chooseCategory')}</option>
              {PASS_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`passes.categories.${c}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('passesUi.form.validFrom')} error={errors.fields.validFrom}>
            <input name="validFrom" type="date" required value={form.validFrom} onChange={(e) => set('validFrom', e.target.value)} />
          </Field>
          <Field label={t('passesUi.form.validTo')} error={errors.fields.validTo}>
            <input name="validTo" type="date" required value={form.validTo} onChange={(e) => set('validTo', e.target.value)} />
          </Field>
        </div>
        <BuildingScopeField buildings={buildings} scope={scope} error={errors.fields.buildingIds} onChange={setScope} />
        <PhotoField
          photo={photo}
          error={errors.fields.photoBase64}
          onChange={(p) => {
            setPhoto(p);
            // A good photo replaces a refused one; its old message must not linger beside the new preview.
            if (p) clear();
          }}
          onReject={(message) => setField('photoBase64', message)}
        />
        <Field label={t('passesUi.form.remarks')} error={errors.fields.remarks}>
          <input name="remarks" value={form.remarks} onChange={(e) => set('remarks', e.target.value)} />
        </Field>
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} />
      </form>
    </Dialog>
  );
}
