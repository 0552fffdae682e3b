import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner, Field } from '../../components/Field';
import { SignaturePad } from '../../components/SignaturePad';
import { useFormErrors } from '../../components/useFormErrors';

/**
 * A register form's errors and its one submit path: earlier messages are cleared, and a refusal lands on the
 * `fields` shown on screen, anything else in the banner (so nothing is silently dropped).
 */
export function useDcForm(fields: readonly string[]) {
  const { errors, fromError, clear } = useFormErrors(fields);
  const submit = async (action: () => Promise<void>): Promise<void> => {
    clear();
    try {
      await action();
    } catch (err) {
      fromError(err);
    }
  };
  return { errors, submit };
}

/** The form above a register: its fields, the general error, and the one submit button. */
export function DcForm({ submitLabel, error, onSubmit, children }: { submitLabel: string; error: string | null; onSubmit(): Promise<void>; children: ReactNode }) {
  return (
    <form
      className="dc-form"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      {children}
      <ErrorBanner message={error} />
      <div>
        <button type="submit" className="primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** A labelled choice among named records (departments, approvers), submitted as the record's id. */
export function IdSelect({ name, label, error, value, onChange, options }: { name: string; label: string; error?: string; value: string; onChange(id: string): void; options: readonly { id: number; name: string }[] }) {
  return (
    <Field label={label} error={error}>
      <select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A signature the form sends, and `reset()` after a save: a new key remounts the pad blank for the next person. */
export function useSignature() {
  const [png, setPng] = useState<string | null>(null);
  const [padKey, setPadKey] = useState(0);
  const reset = () => {
    setPng(null);
    setPadKey((k) => k + 1);
  };
  return { png, padKey, set: setPng, reset };
}

/** The signer's pad on a register form, with the office's own prompt and "sign again" wording. */
export function DcSignature({ signature, label, error }: { signature: ReturnType<typeof useSignature>; label: string; error?: string }) {
  const { t } = useTranslation();
  return (
    <SignaturePad
      key={signature.padKey}
      label={label}
      placeholder={t('doccontrolUi.distribution.signHere')}
      clearLabel={t('doccontrolUi.distribution.clear')}
      onChange={signature.set}
      error={error}
    />
  );
}
