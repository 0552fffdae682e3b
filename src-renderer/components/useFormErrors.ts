import { useCallback, useState } from 'react';
import { DeskApiError, errorMessage } from '../api/client';
import { i18n } from '../i18n';

export interface FormErrors {
  general: string | null;
  fields: Record<string, string>;
}

const NONE: FormErrors = { general: null, fields: {} };

/**
 * Splits a refused call into per-field messages (from `error.fields`) and one general message. The general line is
 * kept even when fields exist, unless every field message is already visible, so nothing is silently swallowed.
 */
export function useFormErrors(visibleFields: readonly string[]) {
  const [errors, setErrors] = useState<FormErrors>(NONE);
  const key = visibleFields.join('|');

  const fromError = useCallback(
    (err: unknown) => {
      const shown = key.split('|');
      if (err instanceof DeskApiError && Object.keys(err.fields).length > 0) {
        const hidden = Object.keys(err.fields).filter((f) => !shown.includes(f));
        const details = hidden.map((f) => err.fields[f]).join(i18n.t('app.detailsSep'));
        const general = hidden.length > 0 ? i18n.t('app.withDetails', { message: err.message, details }) : null;
        setErrors({ general, fields: err.fields });
      } else {
        setErrors({ general: errorMessage(err), fields: {} });
      }
    },
    [key],
  );

  const setField = useCallback((field: string, message: string) => setErrors({ general: null, fields: { [field]: message } }), []);
  const clear = useCallback(() => setErrors(NONE), []);
  return { errors, fromError, setField, clear };
}
