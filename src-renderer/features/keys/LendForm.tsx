import { useMemo, useState, type FormEvent } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { KeyDetail, LoanRow } from '../../../src-shared/modules/keys';
import { invoke } from '../../api/client';
import { ErrorBanner, Field } from '../../components/Field';
import { StaffPicker, type StaffPick } from '../../components/StaffPicker';
import { useFormErrors } from '../../components/useFormErrors';

interface Props {
  detail: KeyDetail;
  onLent(loan: LoanRow): void;
  onCancel(): void;
}

const FIELDS = [
  'borrower.name', 'borrower.phone', 'borrower.idTail', 'borrower.company', 'borrower.userId',
  'reason', 'expectedAt', 'approval.username', 'approval.password',
] as const;
const LOCAL_MINUTE = 'YYYY-MM-DDTHH:mm';

/**
 * Lending at the counter. A staff borrower is picked from the active staff (`users.staff`, the key's allowed users
 * offered first); anyone else is an outside person with phone and ID tail. A restricted key (or a ring holding one)
 * asks for a manager's credentials, typed by the manager on the spot.
 */
export function LendForm({ detail, onLent, onCancel }: Props) {
  const { t } = useTranslation();
  const { key, members } = detail;
  const restricted = key.restricted || members.some((m) => m.restricted);
  const staffChoices = useMemo(() => {
    const all = [key, ...members].flatMap((k) => k.allowedUsers);
    return all.filter((u, i) => all.findIndex((x) => x.id === u.id) === i);
  }, [key, members]);
  // A key only staff may take starts on a staff borrower.
  const staffOnly = restricted && !key.allowOutside;
  const [kind, setKind] = useState<'outside' | 'staff'>(staffOnly || staffChoices.length > 0 ? 'staff' : 'outside');
  const [staffUser, setStaffUser] = useState<StaffPick | null>(null);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [idTail, setIdTail] = useState('');
  const [company, setCompany] = useState('');
  const [reason, setReason] = useState('');
  const [expected, setExpected] = useState(() => dayjs().add(2, 'hour').format(LOCAL_MINUTE));
  const [approver, setApprover] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(FIELDS);
  const err = (f: (typeof FIELDS)[number]) => errors.fields[f];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    clear();
    try {
      const borrower =
        kind === 'staff'
          ? { kind: 'staff' as const, userId: staffUser?.id ?? 0 }
          : { kind: 'outside' as const, name: name.trim(), phone: phone.trim(), idTail: idTail.trim(), company: company.trim() };
      const loan = await invoke('keys.lend', {
        id: key.id,
        code: '',
        borrower,
        reason: reason.trim(),
        expectedAt: dayjs(expected).isValid() ? dayjs(expected).toISOString() : '',
        // Left blank, main answers KEY_APPROVAL_REQUIRED, which says who must approve.
        ...(restricted && (approver.trim() || password) ? { approval: { username: approver.trim(), password } } : {}),
      });
      onLent(loan);
    } catch (error) {
      setPassword('');
      fromError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="keys-form" onSubmit={(e) => void submit(e)} aria-label={t('keysUi.loans.lendTitle')}>
      <h2>{t('keysUi.loans.lendTitle')}</h2>
      <ErrorBanner message={errors.general} />
      <div className="keys-grid">
        <div className="keys-span-2">
          <Field label={t('keysUi.loans.borrowerKind')}>
            <select value={kind} onChange={(e) => setKind(e.target.value === 'staff' ? 'staff' : 'outside')}>
              <option value="outside">{t('keysUi.loans.outside')}</option>
              <option value="staff">{t('keysUi.loans.staff')}</option>
            </select>
          </Field>
        </div>
        {kind === 'staff' ? (
          <div className="keys-span-4">
            <StaffPicker
              label={t('keysUi.loans.staffUser')}
              value={staffUser}
              onChange={setStaffUser}
              suggested={staffChoices}
              error={err('borrower.userId')}
            />
          </div>
        ) : (
          <>
            <div className="keys-span-2">
              <Field label={t('keysUi.loans.name')} error={err('borrower.name')}>
                <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
              </Field>
            </div>
            <div className="keys-span-2">
              <Field label={t('keysUi.loans.phone')} error={err('borrower.phone')}>
                <input value={phone} onChange={(e) => setPhone(e.target.value)} inputMode="tel" autoComplete="off" />
              </Field>
            </div>
            <div className="keys-span-1">
              <Field label={t('keysUi.loans.idTail')} error={err('borrower.idTail')}>
                <input value={idTail} onChange={(e) => setIdTail(e.target.value)} maxLength={4} autoComplete="off" />
              </Field>
            </div>
            <div className="keys-span-3">
              <Field label={t('keysUi.loans.company')} error={err('borrower.company')}>
                <input value={company} onChange={(e) => setCompany(e.target.value)} autoComplete="off" />
              </Field>
            </div>
          </>
        )}
        <div className="keys-span-4">
          <Field label={t('keysUi.loans.reason')} error={err('reason')}>
            <input value={reason} onChange={(e) => setReason(e.target.value)} autoComplete="off" />
          </Field>
        </div>
        <div className="keys-span-2">
          <Field label={t('keysUi.loans.expectedAt')} error={err('expectedAt')}>
            <input type="datetime-local" value={expected} onChange={(e) => setExpected(e.target.value)} />
          </Field>
        </div>
      </div>
      {restricted ? (
        <fieldset className="keys-approval">
          <legend>{t('keysUi.loans.approval')}</legend>
          <div className="keys-grid">
            <div className="keys-span-3">
              <Field label={t('keysUi.loans.approverUsername')} error={err('approval.username')}>
                <input value={approver} onChange={(e) => setApprover(e.target.value)} autoComplete="off" />
              </Field>
            </div>
            <div className="keys-span-3">
              <Field label={t('keysUi.loans.approverPassword')} error={err('approval.password')}>
                <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="off" />
              </Field>
            </div>
          </div>
        </fieldset>
      ) : null}
      <div className="keys-form-foot">
        <button type="button" onClick={onCancel}>
          {t('keysUi.loans.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('keysUi.loans.lend')}
        </button>
      </div>
    </form>
  );
}
