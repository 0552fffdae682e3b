import dayjs from 'dayjs';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BorrowDocRow, BorrowRow, RequirementPreview } from '../../../src-shared/modules/borrowing';
import type { DepartmentRow } from '../../../src-shared/modules/users';
import { BORROWER_TYPES, ENFORCEMENT_BODIES, type BorrowerType, type EnforcementBody } from '../../../src-shared/rules/borrowing-approval';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { StaffPicker, type StaffPick } from '../../components/StaffPicker';
import { useFormErrors } from '../../components/useFormErrors';
import { DocumentPicker } from './DocumentPicker';
import { emptyOfficer, OfficerFields, type OfficerDraft } from './OfficerFields';
import { useRequirementText } from './requirement';

const FIELDS = ['documentId', 'borrowerUserId', 'borrowerDepartmentId', 'borrowerName', 'borrowerUnit', 'borrowerPhone', 'enforcementBody', 'officers', 'purpose', 'dueDate'];

/** The office files a request (000 §5.6.1); what the matrix requires or refuses shows before filing. */
export function RequestDialog({ onClose, onDone }: { onClose(): void; onDone(row: BorrowRow): void }) {
  const { t } = useTranslation();
  const [doc, setDoc] = useState<BorrowDocRow | null>(null);
  const [type, setType] = useState<BorrowerType>('staff');
  const [staff, setStaff] = useState<StaffPick | null>(null);
  const [departments, setDepartments] = useState<DepartmentRow[]>([]);
  const [deptId, setDeptId] = useState('');
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [phone, setPhone] = useState('');
  const [body, setBody] = useState<EnforcementBody | ''>('');
  const [officers, setOfficers] = useState<OfficerDraft[]>([emptyOfficer()]);
  const [purpose, setPurpose] = useState('');
  const [dueDate, setDueDate] = useState(dayjs().add(7, 'day').format('YYYY-MM-DD'));
  const [preview, setPreview] = useState<RequirementPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, fromError } = useFormErrors(FIELDS);
  const requirementText = useRequirementText();
  const law = type === 'law_enforcement';
  const filledOfficers = officers.filter((o) => o.name.trim() || o.credentialNo.trim());

  useEffect(() => {
    void invoke('users.departments.list', {}).then((d) => setDepartments(d.filter((x) => x.active)), () => undefined);
  }, []);
  useEffect(() => {
    if (!doc) return setPreview(null);
    let live = true;
    const input = { documentId: doc.id, borrowerType: type, enforcementBody: law && body ? body : null, officers: law ? filledOfficers : [] };
    invoke('borrowing.requirement', input).then((p) => live && setPreview(p), () => live && setPreview(null));
    return () => void (live = false);
    // The officers matter to the matrix only as "registered or not": their count, not every keystroke.
  }, [doc, type, body, law, filledOfficers.length]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const row = await invoke('borrowing.create', {
        documentId: doc?.id ?? 0,
        borrowerType: type,
        borrowerUserId: type === 'staff' ? (staff?.id ?? null) : null,
        borrowerDepartmentId: type === 'staff' && deptId ? Number(deptId) : null,
        borrowerName: name,
        borrowerUnit: unit,
        borrowerPhone: phone,
        enforcementBody: law && body ? body : null,
        officers: law ? filledOfficers : [],
        purpose,
        dueDate,
      });
      onDone(row);
    } catch (err) {
      fromError(err);
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('borrowingUi.request.title')} onClose={onClose} wide>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <DocumentPicker value={doc} onChange={setDoc} error={errors.fields.documentId} />
        <Field label={t('borrowingUi.request.borrowerType')}>
          <select name="borrowerType" value={type} onChange={(e) => setType(e.target.value as BorrowerType)}>
            {BORROWER_TYPES.map((b) => (
              <option key={b} value={b}>
                {t(`borrowing.borrowerTypes.${b}`)}
              </option>
            ))}
          </select>
        </Field>
        {preview ? (
          <p className={preview.ok ? 'borrow-needs' : 'borrow-refusal'} data-testid="borrow-requirement" role={preview.ok ? 'status' : 'alert'}>
            {preview.ok ? t('borrowingUi.request.needs', { who: requirementText(preview.role, preview.departmentName), clause: preview.reason }) : t('borrowingUi.request.refusal', { reason: preview.reason })}
            {preview.ok && preview.steps.length ? `；${preview.steps.map((s) => t(`borrowingUi.steps.${s}`)).join('；')}` : ''}
          </p>
        ) : null}
        <div className="borrow-row">
          {type === 'staff' ? (
            <>
              <StaffPicker label={t('borrowingUi.request.staff')} value={staff} onChange={setStaff} error={errors.fields.borrowerUserId} />
              <Field label={t('borrowingUi.request.staffDept')} error={errors.fields.borrowerDepartmentId}>
                <select name="borrowerDepartmentId" value={deptId} onChange={(e) => setDeptId(e.target.value)}>
                  <option value="">{t('borrowingUi.request.chooseDept')}</option>
                  {departments.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name}
                    </option>
                  ))}
                </select>
              </Field>
              {staff ? null : (
                <Field label={t('borrowingUi.request.staffName')} error={errors.fields.borrowerName}>
                  <input name="borrowerName" value={name} onChange={(e) => setName(e.target.value)} />
                </Field>
              )}
            </>
          ) : null}
          {type === 'law_enforcement' ? (
            <Field label={t('borrowingUi.request.body')} error={errors.fields.enforcementBody}>
              <select name="enforcementBody" value={body} onChange={(e) => setBody(e.target.value as EnforcementBody | '')}>
                <option value="">{t('borrowingUi.request.choose')}</option>
                {ENFORCEMENT_BODIES.map((b) => (
                  <option key={b} value={b}>
                    {t(`borrowingUi.bodies.${b}`)}
                  </option>
                ))}
              </select>
            </Field>
          ) : null}
          {type !== 'staff' ? (
            <Field label={t(type === 'authority' ? 'borrowingUi.request.authorityName' : type === 'owner' ? 'borrowingUi.request.ownerUnit' : 'borrowingUi.request.bodyUnit')} error={errors.fields.borrowerUnit}>
              <input name="borrowerUnit" value={unit} onChange={(e) => setUnit(e.target.value)} />
            </Field>
          ) : null}
          {type === 'authority' || type === 'owner' ? (
            <Field label={t(type === 'owner' ? 'borrowingUi.request.ownerName' : 'borrowingUi.request.contactName')} error={errors.fields.borrowerName}>
              <input name="borrowerName" value={name} onChange={(e) => setName(e.target.value)} />
            </Field>
          ) : null}
          {type === 'owner' || type === 'authority' ? (
            <Field label={t('borrowingUi.request.ownerPhone')} error={errors.fields.borrowerPhone}>
              <input name="borrowerPhone" value={phone} onChange={(e) => setPhone(e.target.value)} />
            </Field>
          ) : null}
        </div>
        {law ? <OfficerFields value={officers} onChange={setOfficers} error={errors.fields.officers} /> : null}
        <div className="borrow-row">
          <Field label={t('borrowingUi.request.purpose')} error={errors.fields.purpose}>
            <input name="purpose" className="borrow-wide" value={purpose} onChange={(e) => setPurpose(e.target.value)} />
          </Field>
          <Field label={t('borrowingUi.request.dueDate')} error={errors.fields.dueDate}>
            <input name="dueDate" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
          </Field>
        </div>
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} submitLabel={t('borrowingUi.request.submit')} />
      </form>
    </Dialog>
  );
}
