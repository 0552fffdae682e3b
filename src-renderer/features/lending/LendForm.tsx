import { useState } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { LendingTypeRow, LoanRow } from '../../../src-shared/modules/lending';
import { ID_DOC_TYPES, type IdDocType } from '../../../src-shared/rules/id-doc';
import { invoke } from '../../api/client';
import { ErrorBanner, Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { NO_PERSON, PersonFields, personInput, type PersonValue } from './PersonFields';

interface Props {
  type: LendingTypeRow;
  onDone(loan: LoanRow): void;
}

const FIELDS = ['occupantId', 'roomLabel', 'name', 'phone', 'idType', 'idNumber', 'quantity', 'dueAt', 'remarks'];
const LOCAL = 'YYYY-MM-DDTHH:mm';

/**
 * Lends items of one type. The expected return shows the type's default; it is sent only when changed, so main's
 * clock decides the default. Main checks the stock and the ID; its refusals land beside the fields.
 */
export function LendForm({ type, onDone }: Props) {
  const { t } = useTranslation();
  const [person, setPerson] = useState<PersonValue>(NO_PERSON);
  const [idType, setIdType] = useState<IdDocType>('resident_id');
  const [idNumber, setIdNumber] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [dueAt, setDueAt] = useState(() => dayjs().add(type.loanHours, 'hour').format(LOCAL));
  const [dueTouched, setDueTouched] = useState(false);
  const [remarks, setRemarks] = useState('');
  const { errors, busy, submit } = useFormSubmit(FIELDS);

  const send = async () => {
    const loan = await invoke('lending.lend', {
      typeId: type.id,
      quantity: Number(quantity) || 1,
      ...personInput(person),
      // Without a number the type alone is not an ID: main then says the item needs one.
      ...(type.needsId && idNumber.trim() ? { idType, idNumber: idNumber.trim() } : {}),
      ...(dueTouched && dueAt ? { dueAt: dayjs(dueAt).format() } : {}),
      remarks: remarks.trim(),
    });
    onDone(loan);
  };

  return (
    <form className="lend-form" onSubmit={(e) => void submit(e, send)} aria-label={t('lendingUi.lend.formTitle', { name: type.name })}>
      <h2>{t('lendingUi.lend.formTitle', { name: type.name })}</h2>
      <PersonFields value={person} onChange={setPerson} errors={errors.fields} />
      {type.needsId ? (
        <div className="lend-row lend-id">
          <SelectField name="idType" label={t('lendingUi.lend.idType')} error={errors.fields.idType} value={idType} options={ID_DOC_TYPES} optionLabel={(k) => t(`idTypes.${k}`)} onChange={setIdType} />
          <Field label={t('lendingUi.lend.idNumber')} error={errors.fields.idNumber}>
            <input name="idNumber" className="lend-mono lend-wide" autoComplete="off" spellCheck={false} value={idNumber} onChange={(e) => setIdNumber(e.target.value)} />
          </Field>
        </div>
      ) : null}
      <div className="lend-row">
        <Field label={t('lendingUi.lend.quantity')} error={errors.fields.quantity}>
          <input name="quantity" type="number" min={1} max={20} className="lend-narrow" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
        </Field>
        <Field label={t('lendingUi.lend.dueAt')} error={errors.fields.dueAt}>
          <input
            name="dueAt"
            type="datetime-local"
            value={dueAt}
            onChange={(e) => {
              setDueAt(e.target.value);
              setDueTouched(true);
            }}
          />
        </Field>
        <Field label={t('lendingUi.lend.remarks')} error={errors.fields.remarks}>
          <input name="remarks" autoComplete="off" className="lend-wide" value={remarks} onChange={(e) => setRemarks(e.target.value)} />
        </Field>
      </div>
      <ErrorBanner message={errors.general} />
      <div className="lend-foot">
        <button type="submit" className="primary lend-submit" disabled={busy}>
          {t('lendingUi.lend.submit')}
        </button>
      </div>
    </form>
  );
}
