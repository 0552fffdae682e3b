import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ID_DOC_TYPES, type IdDocType } from '../../../src-shared/rules/id-doc';
import { PHONE_RE } from '../../../src-shared/rules/text';
import type { VisitorPersonRow, VisitRow, VisitSettings } from '../../../src-shared/modules/visitors';
import { DeskApiError, invoke } from '../../api/client';
import { Field } from '../../components/Field';
import { OccupantPicker, type HostPick } from '../../components/OccupantPicker';
import { useFormErrors } from '../../components/useFormErrors';
import { BlockedDialog, type ManagerOverride } from './BlockedDialog';
import { IdWarningPanel } from './IdWarningPanel';
import { PurposeField } from './PurposeField';
import { ReturningVisitorField } from './ReturningVisitorField';

interface Props {
  settings: VisitSettings | null;
  onDone(visit: VisitRow, printSlip: boolean): void;
}

interface FormState {
  name: string;
  idType: IdDocType;
  idNumber: string;
  phone: string;
  company: string;
  purpose: string;
  host: HostPick | null;
  partySize: string;
  plate: string;
  remarks: string;
  /** Null until the receptionist touches it: the desk's default from the settings applies. */
  printSlip: boolean | null;
}

const EMPTY: FormState = {
  name: '',
  idType: 'resident_id',
  idNumber: '',
  phone: '',
  company: '',
  purpose: '',
  host: null,
  partySize: '1',
  plate: '',
  remarks: '',
  printSlip: null,
};

const FIELDS = ['name', 'idType', 'idNumber', 'phone', 'company', 'purpose', 'unitId', 'occupantId', 'partySize', 'plate', 'remarks', 'idOverrideReason'];

/** Answers about the manager's credential: they belong in the dialog, next to the fields typed. */
const CREDENTIAL_REFUSALS: readonly string[] = ['OVERRIDE_REFUSED', 'ACCOUNT_LOCKED', 'ACCOUNT_DISABLED'];

interface Overrides {
  idOverrideReason?: string;
  managerOverride?: ManagerOverride;
}

interface Blocked {
  message: string;
  error: string | null;
  fields: Record<string, string>;
}

function hostOf(p: VisitorPersonRow): HostPick | null {
  if (!p.lastUnitId) return null;
  return { unitId: p.lastUnitId, unitLabel: p.lastUnitLabel, occupantId: p.lastOccupantId, occupantName: p.lastHostName, occupantKind: null };
}

/**
 * The check-in form. Main decides about the ID number and the blocklist; the form turns its refusals into the two
 * ways forward the desk has: a written verification note for an ID that fails its check, and a manager's credential
 * typed on the spot for a blocklisted person.
 */
export function CheckInForm({ settings, onDone }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<FormState>(EMPTY);
  const [linked, setLinked] = useState<VisitorPersonRow | null>(null);
  const [busy, setBusy] = useState(false);
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [idWarning, setIdWarning] = useState<string | null>(null);
  const [idReason, setIdReason] = useState('');
  const [idReasonError, setIdReasonError] = useState<string | null>(null);
  /** The verification note main accepted, sent again if the blocklist dialog follows. */
  const [confirmedIdReason, setConfirmedIdReason] = useState<string | null>(null);
  const [blocked, setBlocked] = useState<Blocked | null>(null);
  const { errors, fromError, clear } = useFormErrors(FIELDS);

  const printSlip = form.printSlip ?? settings?.printSlip ?? false;
  const idOnFile = linked?.hasIdNumber && linked.idType === form.idType ? linked.idNumberMasked : null;

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));

  /** A changed ID is a new question for main: an earlier warning and note no longer apply. */
  const forgetIdCheck = () => {
    setIdWarning(null);
    setIdReason('');
    setIdReasonError(null);
    setConfirmedIdReason(null);
  };

  const pickPerson = (p: VisitorPersonRow) => {
    setLinked(p);
    forgetIdCheck();
    clear();
    setForm((f) => ({
      ...f,
      name: p.name,
      idType: p.idType,
      idNumber: '',
      // A purged record's phone is masked and would be refused; better empty than wrong.
      phone: PHONE_RE.test(p.phone) ? p.phone : '',
      company: p.company,
      plate: p.plate,
      purpose: p.lastPurpose || f.purpose,
      host: hostOf(p) ?? f.host,
    }));
  };

  const unlink = () => {
    setLinked(null);
    forgetIdCheck();
    setForm((f) => ({ ...EMPTY, name: f.name, printSlip: f.printSlip }));
  };

  const handleError = (err: unknown) => {
    setErrorCode(err instanceof DeskApiError ? err.code : null);
    if (err instanceof DeskApiError) {
      if (err.code === 'ID_INVALID') {
        setBlocked(null);
        setIdWarning(err.message);
        fromError(err);
        return;
      }
      if (err.code === 'BLOCKLISTED') {
        clear();
        setBlocked({ message: err.message, error: null, fields: {} });
        return;
      }
      if (blocked && CREDENTIAL_REFUSALS.includes(err.code)) {
        setBlocked({ ...blocked, error: err.message, fields: {} });
        return;
      }
      if (blocked && err.code === 'VALIDATION' && Object.keys(err.fields).some((k) => k.startsWith('managerOverride'))) {
        setBlocked({ ...blocked, error: null, fields: err.fields });
        return;
      }
    }
    setBlocked(null);
    fromError(err);
  };

  const send = async (extra: Overrides) => {
    const host = form.host;
    // Everything missing is marked at once, rather than one field per press of 登记.
    const missing: Record<string, string> = {};
    if (!form.name.trim()) missing.name = t('validation.required');
    if (!form.purpose.trim()) missing.purpose = t('validation.required');
    if (!host) missing.unitId = t('visitorsUi.checkIn.hostRequired');
    if (!host || Object.keys(missing).length > 0) {
      setErrorCode(null);
      fromError(new DeskApiError('VALIDATION', t('errors.VALIDATION'), missing));
      return;
    }
    setBusy(true);
    setErrorCode(null);
    clear();
    try {
      const visit = await invoke('visitors.checkIn', {
        ...(linked ? { personId: linked.id } : {}),
        name: form.name,
        idType: form.idType,
        idNumber: form.idNumber,
        phone: form.phone,
        company: form.company,
        purpose: form.purpose,
        unitId: host.unitId,
        ...(host.occupantId ? { occupantId: host.occupantId } : {}),
        partySize: form.partySize.trim() === '' ? 1 : Number(form.partySize),
        plate: form.plate,
        remarks: form.remarks,
        ...extra,
      });
      onDone(visit, printSlip);
    } catch (err) {
      handleError(err);
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(confirmedIdReason ? { idOverrideReason: confirmedIdReason } : {});
  };

  const confirmId = () => {
    const reason = idReason.trim();
    if (!reason) {
      setIdReasonError(t('visitorsUi.checkIn.idReasonRequired'));
      return;
    }
    setIdReasonError(null);
    setConfirmedIdReason(reason);
    void send({ idOverrideReason: reason });
  };

  return (
    <>
      <form className="visit-form" onSubmit={submit} aria-label={t('visitorsUi.title')}>
        <div className="visit-grid">
          <div className="visit-span-2">
            <ReturningVisitorField
              value={form.name}
              onChange={(name) => {
                set('name', name);
                if (linked && name !== linked.name) {
                  setLinked(null);
                  forgetIdCheck();
                }
              }}
              onPick={pickPerson}
              linked={linked}
              onUnlink={unlink}
              error={errors.fields.name}
            />
          </div>
          <div className="visit-span-2">
            <Field label={t('visitorsUi.checkIn.idType')} error={errors.fields.idType}>
              <select
                name="idType"
                value={form.idType}
                onChange={(e) => {
                  set('idType', e.target.value as IdDocType);
                  forgetIdCheck();
                }}
              >
                {ID_DOC_TYPES.map((k) => (
                  <option key={k} value={k}>
                    {t(`idTypes.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div className="visit-span-2">
            <Field
              label={t('visitorsUi.checkIn.idNumber')}
              error={errors.fields.idNumber}
              hint={
                idOnFile
                  ? t('visitorsUi.checkIn.idOnFile', { masked: idOnFile })
                  : linked && !linked.hasIdNumber
                    ? t('visitorsUi.checkIn.idPurged')
                    : undefined
              }
            >
              <input
                name="idNumber"
                autoComplete="off"
                spellCheck={false}
                className="visit-mono"
                placeholder={idOnFile ?? ''}
                value={form.idNumber}
                onChange={(e) => {
                  set('idNumber', e.target.value);
                  forgetIdCheck();
                }}
              />
            </Field>
          </div>

          {idWarning ? (
            <IdWarningPanel
              message={idWarning}
              reason={idReason}
              onReason={setIdReason}
              error={idReasonError ?? errors.fields.idOverrideReason}
              busy={busy}
              onConfirm={confirmId}
            />
          ) : null}

          <div className="visit-span-2">
            <Field label={t('visitorsUi.checkIn.phone')} error={errors.fields.phone}>
              <input name="phone" inputMode="tel" autoComplete="off" value={form.phone} onChange={(e) => set('phone', e.target.value)} />
            </Field>
          </div>
          <div className="visit-span-2">
            <Field label={t('visitorsUi.checkIn.company')} error={errors.fields.company}>
              <input name="company" autoComplete="off" value={form.company} onChange={(e) => set('company', e.target.value)} />
            </Field>
          </div>
          <div className="visit-span-2">
            <Field label={t('visitorsUi.checkIn.plate')} error={errors.fields.plate}>
              <input
                name="plate"
                autoComplete="off"
                placeholder={t('visitorsUi.checkIn.platePlaceholder')}
                value={form.plate}
                onChange={(e) => set('plate', e.target.value.toUpperCase())}
              />
            </Field>
          </div>

          <div className="visit-span-3">
            <PurposeField value={form.purpose} onChange={(v) => set('purpose', v)} purposes={settings?.purposes ?? []} error={errors.fields.purpose} />
          </div>
          <div className="visit-span-3">
            <OccupantPicker
              label={t('visitorsUi.checkIn.host')}
              value={form.host}
              onChange={(host) => set('host', host)}
              allowUnitOnly
              placeholder={t('visitorsUi.checkIn.hostPlaceholder')}
              error={errors.fields.unitId ?? errors.fields.occupantId}
            />
          </div>

          <div className="visit-span-1">
            <Field label={t('visitorsUi.checkIn.partySize')} error={errors.fields.partySize}>
              <input name="partySize" type="number" min={1} max={200} value={form.partySize} onChange={(e) => set('partySize', e.target.value)} />
            </Field>
          </div>
          <div className="visit-span-5">
            <Field label={t('visitorsUi.checkIn.remarks')} error={errors.fields.remarks}>
              <input name="remarks" autoComplete="off" value={form.remarks} onChange={(e) => set('remarks', e.target.value)} />
            </Field>
          </div>
        </div>

        {errors.general ? (
          <div className="error-banner" role="alert">
            {errors.general}
            {errorCode === 'ALREADY_ON_SITE' ? (
              <>
                {' '}
                <Link to="/visitors/onsite">{t('visitorsUi.checkIn.goOnSite')}</Link>
              </>
            ) : null}
          </div>
        ) : null}

        <div className="visit-form-foot">
          <label className="check">
            <input type="checkbox" checked={printSlip} onChange={(e) => set('printSlip', e.target.checked)} />
            {t('visitorsUi.checkIn.printSlip')}
          </label>
          <button type="submit" className="primary visit-submit" disabled={busy}>
            {t('visitorsUi.checkIn.submit')}
          </button>
        </div>
      </form>

      {blocked ? (
        <BlockedDialog
          message={blocked.message}
          busy={busy}
          error={blocked.error}
          fieldErrors={blocked.fields}
          onSubmit={(managerOverride) =>
            void send({ ...(confirmedIdReason ? { idOverrideReason: confirmedIdReason } : {}), managerOverride })
          }
          onCancel={() => {
            setBlocked(null);
            setErrorCode(null);
          }}
        />
      ) : null}
    </>
  );
}
