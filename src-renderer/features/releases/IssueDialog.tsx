import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlipRow } from '../../../src-shared/modules/releases';
import { DeskApiError, invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner } from '../../components/Field';
import { OccupantPicker, type HostPick } from '../../components/OccupantPicker';
import { useFormErrors } from '../../components/useFormErrors';
import { CARRIER_FIELDS, CarrierFields, type CarrierDraft } from './CarrierFields';
import { CONSENT_FIELDS, ConsentFields, type ConsentDraft } from './ConsentFields';
import { ItemsEditor, itemFieldKeys, type ItemDraft } from './ItemsEditor';

interface Props {
  onClose(): void;
  onIssued(slip: SlipRow): void;
}

const QUANTITY = /^\d{1,4}$/;

export function IssueDialog({ onClose, onIssued }: Props) {
  const { t } = useTranslation();
  const nextKey = useRef(1);
  const blankItem = (): ItemDraft => ({ key: nextKey.current++, name: '', quantity: '1', unit: t('releasesUi.items.defaultUnit') });
  const [requester, setRequester] = useState<HostPick | null>(null);
  const [consent, setConsent] = useState<ConsentDraft>({ ownerName: '', method: '', note: '' });
  const [items, setItems] = useState<ItemDraft[]>(() => [blankItem()]);
  const [carrier, setCarrier] = useState<CarrierDraft>({
    carrierName: '', carrierIdType: 'resident_id', carrierIdNumber: '', carrierPhone: '', vehiclePlate: '', remarks: '',
  });
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isTenant = requester?.occupantKind === 'tenant';
  const visible = ['occupantId', ...(isTenant ? CONSENT_FIELDS : []), ...itemFieldKeys(items.length), ...CARRIER_FIELDS];
  const { errors, fromError, setField, clear } = useFormErrors(visible);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setRefusal(null);
    if (!requester?.occupantId) return setField('occupantId', t('releasesUi.issue.pickRequester'));
    const bad = items.findIndex((i) => !QUANTITY.test(i.quantity.trim()) || Number(i.quantity) < 1);
    if (bad >= 0) return setField(`items.${bad}.quantity`, t('releasesUi.items.badQuantity'));
    // Consent goes only with a tenant and once something was entered, so an empty form gets main's clear refusal.
    const wantsConsent = isTenant && (consent.ownerName.trim() !== '' || consent.method !== '');
    if (wantsConsent && !consent.method) return setField('ownerConsent.method', t('validation.required'));
    clear();
    setBusy(true);
    try {
      const slip = await invoke('releases.issue', {
        occupantId: requester.occupantId,
        ...(wantsConsent && consent.method ? { ownerConsent: { ownerName: consent.ownerName, method: consent.method, note: consent.note } } : {}),
        items: items.map((i) => ({ name: i.name, quantity: Number(i.quantity), unit: i.unit.trim() || t('releasesUi.items.defaultUnit') })),
        ...carrier,
      });
      onIssued(slip);
    } catch (err) {
      fromError(err);
      if (err instanceof DeskApiError && err.code === 'OWNER_CONSENT_REQUIRED') setRefusal(err.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('releasesUi.issue.title')} onClose={onClose} wide>
      <form onSubmit={submit} className="form">
        <OccupantPicker
          label={t('releasesUi.issue.requester')}
          value={requester}
          onChange={(pick) => {
            setRequester(pick);
            setRefusal(null);
          }}
          error={errors.fields.occupantId}
          autoFocus
        />
        {isTenant ? <ConsentFields value={consent} onChange={setConsent} errors={errors.fields} refusal={refusal} /> : null}
        <ItemsEditor items={items} onChange={setItems} onAdd={() => setItems([...items, blankItem()])} errors={errors.fields} />
        <CarrierFields value={carrier} onChange={setCarrier} errors={errors.fields} />
        {/* Main may call a requester a tenant the picker did not (the directory changed meanwhile): say so here. */}
        <ErrorBanner message={errors.general ?? (isTenant ? null : refusal)} />
        <DialogButtons busy={busy} onClose={onClose} />
      </form>
    </Dialog>
  );
}
