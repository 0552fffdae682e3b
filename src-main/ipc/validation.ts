import type { z } from 'zod';
import { translate } from '../../src-shared/i18n';
import type { Language } from '../../src-shared/modules/settings';

const OWN_KEYS = new Set([
  'unsafe_chars', 'phone', 'password_short', 'password_long', 'password_mix', 'username', 'date', 'file_type', 'plate', 'time',
]);

/** Turns zod issues into `path → message` in the caller's language, for inline form errors. */
export function fieldErrors(error: z.ZodError, lang: Language): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (fields[path]) continue;
    fields[path] = describe(issue, lang);
  }
  return fields;
}

function describe(issue: z.core.$ZodIssue, lang: Language): string {
  if (OWN_KEYS.has(issue.message)) return translate(lang, `validation.${issue.message}`);
  switch (issue.code) {
    case 'too_big':
      return translate(lang, 'validation.too_long', { max: Number(issue.maximum) });
    case 'too_small':
      return Number(issue.minimum) <= 1 && issue.origin === 'string'
        ? translate(lang, 'validation.required')
        : translate(lang, 'validation.too_short', { min: Number(issue.minimum) });
    case 'invalid_type':
      return /received undefined/.test(issue.message)
        ? translate(lang, 'validation.required')
        : translate(lang, 'validation.invalid_type');
    case 'unrecognized_keys':
      return translate(lang, 'validation.unknown_key', { key: issue.keys.join(', ') });
    case 'invalid_value':
      return translate(lang, 'validation.invalid_value');
    default:
      return translate(lang, 'validation.invalid');
  }
}
