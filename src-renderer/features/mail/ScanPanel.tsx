import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchRow, Carrier, DetectResult, MailItemRow } from '../../../src-shared/modules/mail';
import { errorMessage, invoke } from '../../api/client';
import { Notice } from '../../components/Field';
import { formatTime } from '../../components/time';
import { preselectCarrier, ScanCarrierField } from './ScanCarrierField';
import { ScanRecipient, type Recipient } from './ScanRecipient';

interface Props {
  /** Null for a single parcel outside any courier batch. */
  batch: BatchRow | null;
  onSigned(item: MailItemRow): void;
}

interface Pending {
  detection: DetectResult;
  carrier: Carrier;
}

const typingInto = (el: Element | null) => !!el && (el.matches('input, select, textarea') || !!el.closest('[role="dialog"]'));

/**
 * The scan loop: a keyboard-wedge scanner types the number and Enter; main checks it (shape, S10 check digit, seen
 * before) and guesses the company; the recipient is picked by keyboard and Enter signs it in, back to the scan box.
 */
export function ScanPanel({ batch, onSigned }: Props) {
  const { t } = useTranslation();
  const scanBox = useRef<HTMLInputElement>(null);
  const [number, setNumber] = useState('');
  const [pending, setPending] = useState<Pending | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!pending) scanBox.current?.focus();
  }, [pending]);

  // After a click elsewhere on the page the next scan would type into nothing: its first key brings focus back here,
  // with what is left in the box selected so the scan replaces it.
  useEffect(() => {
    if (pending) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || e.key.length !== 1 || typingInto(document.activeElement)) return;
      scanBox.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pending]);

  /** A refused scan stays selected, so the next one replaces it. */
  const refuse = (set: (m: string) => void, message: string) => {
    set(message);
    scanBox.current?.select();
  };

  const scan = async (e: FormEvent) => {
    e.preventDefault();
    const raw = number.trim();
    if (!raw || busy || pending) return;
    setBusy(true);
    setProblem(null);
    setDuplicate(null);
    setDone(null);
    try {
      const d = await invoke('mail.detect', { number: raw });
      if (d.problem) return refuse(setProblem, t(`mail.msg.tracking_${d.problem}`));
      if (d.duplicate) {
        const dup = d.duplicate;
        return refuse(
          setDuplicate,
          t('errors.DUPLICATE_MAIL', {
            trackingNo: d.number,
            at: formatTime(dup.receivedAt),
            status: t(`mailUi.status.${dup.status}`),
            where: dup.pickupCode || dup.recipient,
          }),
        );
      }
      setNumber(d.number);
      setPending({ detection: d, carrier: preselectCarrier(d, batch?.carrier ?? null) });
    } catch (err) {
      refuse(setProblem, errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const signIn = async (who: Recipient) => {
    if (!pending) return;
    setBusy(true);
    try {
      const item = await invoke('mail.parcels.signIn', {
        ...(batch ? { batchId: batch.id } : {}),
        trackingNo: pending.detection.number,
        carrier: pending.carrier,
        ...who,
      });
      setDone(t('mailUi.signIn.scan.done', { trackingNo: item.trackingNo, code: item.pickupCode }));
      setNumber('');
      setPending(null);
      onSigned(item);
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    setPending(null);
    setDone(null);
    // Kept and selected: a rescan replaces it, a typo can be fixed.
    requestAnimationFrame(() => scanBox.current?.select());
  };

  return (
    <section className="mail-signin-scan">
      <form className="mail-signin-scanform" onSubmit={(e) => void scan(e)}>
        <div className={problem ? 'field field-invalid' : 'field'}>
          <label className="field-label" htmlFor="mail-signin-number">
            {t('mailUi.signIn.scan.label')}
          </label>
          <input
            id="mail-signin-number"
            ref={scanBox}
            name="trackingNo"
            className="mail-signin-number"
            autoComplete="off"
            spellCheck={false}
            readOnly={!!pending}
            placeholder={t('mailUi.signIn.scan.placeholder')}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'mail-signin-number-error' : undefined}
            value={number}
            onChange={(e) => {
              setNumber(e.target.value);
              setProblem(null);
              setDuplicate(null);
            }}
          />
          {problem ? (
            <span className="field-error" id="mail-signin-number-error" role="alert">
              {problem}
            </span>
          ) : null}
        </div>
      </form>
      {duplicate ? (
        <div className="mail-signin-duplicate" role="alert">
          <strong>{t('mailUi.signIn.scan.duplicateTitle')}</strong>
          <span>{duplicate}</span>
        </div>
      ) : null}
      {pending ? (
        <div className="mail-signin-pending">
          <ScanCarrierField
            detection={pending.detection}
            batchCarrier={batch?.carrier ?? null}
            value={pending.carrier}
            onChange={(carrier) => setPending({ ...pending, carrier })}
          />
          <ScanRecipient key={pending.detection.number} busy={busy} onSubmit={signIn} onCancel={cancel} />
        </div>
      ) : (
        <Notice message={done} />
      )}
    </section>
  );
}
