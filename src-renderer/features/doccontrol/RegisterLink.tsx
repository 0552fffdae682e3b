import { useState } from 'react';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { RegisterChannel } from '../../../src-shared/modules/registers';
import { Field } from '../../components/Field';
import { previewLink } from '../registers/previewLink';

/** The form for a period (this month by default): the preview prints it on A4 and exports .xlsx. */
export function RegisterLink({ channel, form }: { channel: RegisterChannel; form: string }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(() => dayjs().startOf('month').format('YYYY-MM-DD'));
  const [to, setTo] = useState(() => dayjs().endOf('month').format('YYYY-MM-DD'));
  return (
    <div className="row dc-register" role="group" aria-label={form}>
      <Field label={t('doccontrolUi.register.from')}>
        <input name="registerFrom" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </Field>
      <Field label={t('doccontrolUi.register.to')}>
        <input name="registerTo" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </Field>
      <Link className="button" to={previewLink(channel, { from, to })}>
        {t('doccontrolUi.register.open', { form })}
      </Link>
    </div>
  );
}
