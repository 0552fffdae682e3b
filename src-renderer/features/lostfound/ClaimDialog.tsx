import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LF_RELATIONSHIPS, type LfClaimRow, type LfItemRow, type LfRelationship } from '../../../src-shared/modules/lostfound';
import { ID_DOC_TYPES, type IdDocType } from '../../../src-shared/rules/id-doc';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { SignaturePad } from '../../components/SignaturePad';
import { useFormSubmit } from '../../components/useFormSubmit';

const FIELDS = ['claimantName', 'claimantPhone', 'idType', 'idNumber', 'relationship', 'description', 'verdict', 'reason', 'signature'];

interface Props {
  item: LfItemRow;
  onClose(): void;
  onDone(claim: LfClaimRow): void;
}

/**
 * 认领 (001 §4.10.2): the claimant describes the item and shows ID; the desk compares with the recorded features and
 * records its verdict. Accepted: the claimant signs and takes the item. Rejected: the reason is kept, the item stays.
 */
export function ClaimDialog({ item, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [claimantName, setClaimantName] = useState('');
  const [claimantPhone, setClaimantPhone] = useState('');
  const [idType, setIdType] = useState<IdDocType>('resident_id');
  const [idNumber, setIdNumber] = useState('');
  const [relationship, setRelationship] = useState<LfRelationship>('self');
  const [description, setDescription] = useState('');
  const [verdict, setVerdict] = useState<'accepted' | 'rejected'>('accepted');
  const [reason, setReason] = useState('');
  const [signature, setSignature] = useState<string | null>(null);
  const { errors, busy, submit } = useFormSubmit(FIELDS);

  const send = async () => {
    const claim = await invoke('lostfound.claims.create', {
      itemId: item.id,
      claimantName: claimantName.trim(),
      claimantPhone: claimantPhone.trim(),
      idType,
      idNumber: idNumber.trim(),
      relationship,
      description: description.trim(),
      verdict,
      reason: verdict === 'rejected' ? reason.trim() : '',
      ...(verdict === 'accepted' && signature ? { signature } : {}),
    });
    onDone(claim);
  };

  return (
    <Dialog title={t('lostfoundUi.claim.title', { itemNo: item.itemNo, name: item.name })} onClose={onClose} wide>
      <form className="lf-form" onSubmit={(e) => void submit(e, send)} aria-label={t('lostfoundUi.claim.title', { itemNo: item.itemNo, name: item.name })}>
        <div className="lf-row">
          <Field label={t('lostfoundUi.claim.name')} error={errors.fields.claimantName}>
            <input name="claimantName" autoComplete="off" value={claimantName} onChange={(e) => setClaimantName(e.target.value)} />
          </Field>
          <Field label={t('lostfoundUi.claim.phone')} error={errors.fields.claimantPhone}>
            <input name="claimantPhone" inputMode="tel" autoComplete="off" value={claimantPhone} onChange={(e) => setClaimantPhone(e.target.value)} />
          </Field>
          <SelectField
            name="relationship"
            label={t('lostfoundUi.claim.relationship')}
            error={errors.fields.relationship}
            value={relationship}
            options={LF_RELATIONSHIPS}
            optionLabel={(r) => t(`lostfoundUi.relationships.${r}`)}
            onChange={setRelationship}
          />
        </div>
        <div className="lf-row">
          <SelectField name="idType" label={t('lostfoundUi.claim.idType')} error={errors.fields.idType} value={idType} options={ID_DOC_TYPES} optionLabel={(k) => t(`idTypes.${k}`)} onChange={setIdType} />
          <Field label={t('lostfoundUi.claim.idNumber')} error={errors.fields.idNumber}>
            <input name="idNumber" autoComplete="off" className="lf-wide" value={idNumber} onChange={(e) => setIdNumber(e.target.value)} />
          </Field>
        </div>
        <p className="muted">{t('lostfoundUi.claim.intro')}</p>
        <Field label={t('lostfoundUi.claim.description')} error={errors.fields.description}>
          <textarea name="description" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
        </Field>
        {/* Shown only here, to the desk, to compare with what the claimant said: never on the notice or the label. */}
        <p className="lf-features" data-testid="claim-features">
          {t('lostfoundUi.claim.features', { features: item.features || t('lostfoundUi.claim.noFeatures') })}
        </p>
        <fieldset className="lf-row" aria-label={t('lostfoundUi.claim.verdict')}>
          <label>
            <input type="radio" name="verdict" checked={verdict === 'accepted'} onChange={() => setVerdict('accepted')} /> {t('lostfoundUi.claim.accept')}
          </label>
          <label>
            <input type="radio" name="verdict" checked={verdict === 'rejected'} onChange={() => setVerdict('rejected')} /> {t('lostfoundUi.claim.reject')}
          </label>
        </fieldset>
        {verdict === 'accepted' ? (
          <SignaturePad
            label={t('lostfoundUi.claim.signLabel')}
            placeholder={t('lostfoundUi.claim.signHere')}
            clearLabel={t('lostfoundUi.claim.clear')}
            onChange={setSignature}
            error={errors.fields.signature}
            height={150}
          />
        ) : (
          <Field label={t('lostfoundUi.claim.reason')} error={errors.fields.reason}>
            <input name="reason" autoComplete="off" className="lf-wide" value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
        )}
        <ErrorBanner message={errors.general} />
        <DialogButtons
          busy={busy}
          onClose={onClose}
          danger={verdict === 'rejected'}
          submitLabel={verdict === 'accepted' ? t('lostfoundUi.claim.submitAccept') : t('lostfoundUi.claim.submitReject')}
        />
      </form>
    </Dialog>
  );
}
