import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailItemRow, PickupRow } from '../../../src-shared/modules/mail';
import { invoke } from '../../api/client';
import { ErrorBanner } from '../../components/Field';
import { SignaturePad } from '../../components/SignaturePad';
import { useFormErrors } from '../../components/useFormErrors';
import { CollectorFields, NO_COLLECTOR, type CollectorDraft } from './CollectorFields';
import type { PickupGroup } from './PickupGroupTable';

interface Props {
  /** The group the ticked parcels belong to, null while nothing is ticked. */
  group: PickupGroup | null;
  items: MailItemRow[];
  onDone(pickup: PickupRow): void;
}

const FIELDS = ['collector.name', 'collector.phone', 'collector.idTail', 'collector.relation', 'signature'];

/** Who collects and their signature; confirming hands the ticked parcels over in one pickup record. */
export function PickupPanel({ group, items, onDone }: Props) {
  const { t } = useTranslation();
  const [collector, setCollector] = useState<CollectorDraft>(NO_COLLECTOR);
  const [signature, setSignature] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(FIELDS);

  const recipientName = items[0]?.recipientName ?? '';
  const codes = items.map((m) => m.pickupCode).join(t('app.listSep'));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!signature || items.length === 0) return;
    const proxy = collector.kind === 'authorised';
    setBusy(true);
    clear();
    try {
      const pickup = await invoke('mail.pickup', {
        itemIds: items.map((m) => m.id),
        collector: {
          kind: collector.kind,
          // Switching back to 本人 keeps what was typed for a proxy on screen, but the recipient is who signs.
          name: proxy || !recipientName ? collector.name.trim() : '',
          phone: proxy ? collector.phone.trim() : '',
          idTail: proxy ? collector.idTail.trim() : '',
          relation: proxy ? collector.relation.trim() : '',
        },
        signature,
      });
      onDone(pickup);
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="pickup-panel" onSubmit={(e) => void submit(e)} aria-label={t('mailUi.pickup.panelTitle')}>
      <h2>{t('mailUi.pickup.panelTitle')}</h2>
      {group ? (
        <div className="pickup-summary">
          <strong>{t('mailUi.pickup.recipientLine', { recipient: group.recipient })}</strong>
          <div data-testid="pickup-selected">{t('mailUi.pickup.selected', { count: items.length, codes })}</div>
        </div>
      ) : (
        <p className="muted">{t('mailUi.pickup.nothingSelected')}</p>
      )}
      <CollectorFields value={collector} onChange={setCollector} recipientName={recipientName} errors={errors.fields} />
      <SignaturePad
        label={t('mailUi.pickup.signature')}
        placeholder={t('mailUi.pickup.signHere')}
        clearLabel={t('mailUi.pickup.clear')}
        onChange={setSignature}
        error={errors.fields.signature}
      />
      <ErrorBanner message={errors.general} />
      <button type="submit" className="primary pickup-confirm" disabled={busy || !signature || items.length === 0}>
        {t('mailUi.pickup.confirm', { count: items.length })}
      </button>
      {!signature && items.length ? <p className="muted pickup-sign-first">{t('mailUi.pickup.signFirst')}</p> : null}
    </form>
  );
}
