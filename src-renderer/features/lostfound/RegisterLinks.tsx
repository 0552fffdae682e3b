import { useState } from 'react';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { previewLink } from '../registers/previewLink';

/**
 * 撿拾物品記錄表 (with the claimants' signatures) and the disposal register, for a period (this month by default):
 * the preview prints them and exports .xlsx.
 */
export function RegisterLinks() {
  const { t } = useTranslation();
  const [from, setFrom] = useState(() => dayjs().startOf('month').format('YYYY-MM-DD'));
  const [to, setTo] = useState(() => dayjs().endOf('month').format('YYYY-MM-DD'));
  return (
    <div className="lf-registers" role="group" aria-label={t('lostfoundUi.registers.title')}>
      <Field label={t('lostfoundUi.registers.from')}>
        <input name="registerFrom" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </Field>
      <Field label={t('lostfoundUi.registers.to')}>
        <input name="registerTo" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </Field>
      <Link className="button" to={previewLink('lostfound.register', { from, to })}>
        {t('lostfoundUi.registers.found')}
      </Link>
      <Link className="button" to={previewLink('lostfound.disposalRegister', { from, to })}>
        {t('lostfoundUi.registers.disposal')}
      </Link>
    </div>
  );
}
