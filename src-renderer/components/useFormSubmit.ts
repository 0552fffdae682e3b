import { useCallback, useState, type FormEvent } from 'react';
import { useFormErrors } from './useFormErrors';

/**
 * A form's submit as the desk forms do it: busy while main answers (so a second click cannot send twice), the last
 * refusal cleared first, and a new refusal split onto the fields. `send` also hands the answer on, so a throw there
 * lands in the form's error line like a refusal would.
 */
export function useFormSubmit(visibleFields: readonly string[]) {
  const form = useFormErrors(visibleFields);
  const { clear, fromError } = form;
  const [busy, setBusy] = useState(false);

  const submit = useCallback(
    async (e: FormEvent, send: () => Promise<void>) => {
      e.preventDefault();
      setBusy(true);
      clear();
      try {
        await send();
      } catch (err) {
        fromError(err);
      } finally {
        setBusy(false);
      }
    },
    [clear, fromError],
  );

  return { ...form, busy, submit };
}
