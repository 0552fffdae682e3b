import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseIndexNo, parseStorageCode } from '../../../src-shared/rules/index-number';
import { Field } from '../../components/Field';

interface Props {
  label: string;
  name: string;
  value: string;
  serverError?: string;
  onChange(value: string): void;
}

/**
 * A typed or scanned index number (or a scanned box label). The shared rule names a malformed number as it is typed;
 * main checks it again and that the cabinet and box exist.
 */
export function IndexField({ label, name, value, serverError, onChange }: Props) {
  const { t } = useTranslation();
  // Named after leaving the field (or Enter from a scanner), not while the number is half typed.
  const [touched, setTouched] = useState(false);
  const parsed = value.trim() && !parseStorageCode(value) ? parseIndexNo(value) : null;
  const local = touched && parsed && !parsed.ok ? parsed.problem.message : undefined;
  return (
    <Field label={label} error={serverError ?? local} hint={t('archiveUi.form.indexHint')}>
      <input name={name} value={value} maxLength={30} autoComplete="off" placeholder="f-3.1-02" onBlur={() => setTouched(true)} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}
