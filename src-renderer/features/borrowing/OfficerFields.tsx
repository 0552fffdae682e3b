import { useTranslation } from 'react-i18next';
import { CREDENTIAL_TYPES, type CredentialType } from '../../../src-shared/modules/borrowing';

export interface OfficerDraft {
  name: string;
  credentialType: CredentialType;
  credentialNo: string;
}

export const emptyOfficer = (): OfficerDraft => ({ name: '', credentialType: 'officer_card', credentialNo: '' });

/** The visiting officers whose papers the office checks and registers before anything is lent (000 §5.6.4f). */
export function OfficerFields({ value, onChange, error }: { value: OfficerDraft[]; onChange(v: OfficerDraft[]): void; error?: string }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<OfficerDraft>) => onChange(value.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  return (
    <fieldset className="borrow-officers">
      <legend>{t('borrowingUi.request.officers')}</legend>
      {value.map((o, i) => (
        <div className="borrow-row" key={i} data-testid="officer-row">
          <label>
            {t('borrowingUi.request.officerName')}
            <input value={o.name} autoComplete="off" onChange={(e) => set(i, { name: e.target.value })} />
          </label>
          <label>
            {t('borrowingUi.request.credentialType')}
            <select value={o.credentialType} onChange={(e) => set(i, { credentialType: e.target.value as CredentialType })}>
              {CREDENTIAL_TYPES.map((c) => (
                <option key={c} value={c}>
                  {t(`borrowing.credentialTypes.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('borrowingUi.request.credentialNo')}
            <input value={o.credentialNo} autoComplete="off" onChange={(e) => set(i, { credentialNo: e.target.value })} />
          </label>
          {value.length > 1 ? (
            <button type="button" className="link" onClick={() => onChange(value.filter((_, j) => j !== i))}>
              {t('borrowingUi.request.removeOfficer')}
            </button>
          ) : null}
        </div>
      ))}
      {value.length < 5 ? (
        <button type="button" onClick={() => onChange([...value, emptyOfficer()])}>
          {t('borrowingUi.request.addOfficer')}
        </button>
      ) : null}
      {error ? <span className="field-error" role="alert">{error}</span> : null}
    </fieldset>
  );
}
