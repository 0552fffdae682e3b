import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CARRIERS, type Carrier, type DetectResult } from '../../../src-shared/modules/mail';
import { courierName, isSure } from '../../../src-shared/rules/couriers';

type T = (key: string, params?: Record<string, unknown>) => string;

/** `OTHER` is the desk's own word, every other code is the courier table's name. */
export const carrierText = (code: Carrier, t: T): string => (code === 'OTHER' ? t('mailUi.signIn.otherCarrier') : courierName(code));

/**
 * The batch's company when the number could be one of its, else the best guess; a number nobody recognises is taken
 * as the batch's (the courier in front of the desk brought it), or `OTHER` without a batch.
 */
export function preselectCarrier(d: DetectResult, batchCarrier: Carrier | null): Carrier {
  if (batchCarrier && d.candidates.some((c) => c.code === batchCarrier)) return batchCarrier;
  return d.candidates[0]?.code ?? batchCarrier ?? 'OTHER';
}

interface Props {
  detection: DetectResult;
  batchCarrier: Carrier | null;
  value: Carrier;
  onChange(value: Carrier): void;
}

/** The company of the scanned parcel: detected candidates first, every other company after; a note when in doubt. */
export function ScanCarrierField({ detection, batchCarrier, value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const found = detection.candidates.map((c) => c.code as Carrier);
  const rest = CARRIERS.filter((c) => !found.includes(c));

  let note: string | null = null;
  if (found.length === 0) note = t('mailUi.signIn.scan.unknown', { carrier: carrierText(value, t) });
  else if (batchCarrier && !found.includes(batchCarrier)) note = t('mailUi.signIn.scan.notBatchCarrier', { carrier: carrierText(batchCarrier, t) });
  else if (!isSure(detection)) note = t('mailUi.signIn.scan.unsure');
  const ranking = found.length > 1 ? detection.candidates.map((c) => c.name).join(' › ') : null;

  return (
    <div className="field mail-signin-carrier">
      <label className="field-label" htmlFor={id}>
        {t('mailUi.signIn.scan.carrier')}
      </label>
      <select id={id} name="carrier" value={value} onChange={(e) => onChange(e.target.value as Carrier)}>
        {found.length > 0 ? (
          <optgroup label={t('mailUi.signIn.scan.candidates')}>
            {found.map((c) => (
              <option key={c} value={c}>
                {carrierText(c, t)}
              </option>
            ))}
          </optgroup>
        ) : null}
        <optgroup label={t('mailUi.signIn.scan.allCarriers')}>
          {rest.map((c) => (
            <option key={c} value={c}>
              {carrierText(c, t)}
            </option>
          ))}
        </optgroup>
      </select>
      {note ? <span className="mail-signin-warn" role="note">{note}</span> : null}
      {ranking ? <span className="field-hint">{t('mailUi.signIn.scan.ranking', { list: ranking })}</span> : null}
    </div>
  );
}
