import { detectCourier, normalizeTracking } from '../../../src-shared/rules/couriers';

/**
 * What was typed or scanned, as stored, if it reads as a whole tracking number (a well-formed waybill with six digits
 * or more), so it can be looked up in the tracking-number index rather than searched for.
 */
export function wholeTrackingNo(raw: string): string | null {
  const tracking = normalizeTracking(raw);
  return /\d{6,}/.test(tracking) && !detectCourier(tracking).problem ? tracking : null;
}
