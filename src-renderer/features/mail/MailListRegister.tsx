import { useState } from 'react';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { previewLink } from '../registers/previewLink';

/** The whole calendar month `YYYY-MM`, as the register is archived. */
export function monthRange(month: string): { from: string; to: string } {
  const start = dayjs(`${month}-01`);
  return { from: start.format('YYYY-MM-DD'), to: start.endOf('month').format('YYYY-MM-DD') };
}

/** 邮件收发登记表 is printed and filed once a month; this month unless another is picked. */
export function MailListRegister() {
  const { t } = useTranslation();
  const [month, setMonth] = useState(() => dayjs().format('YYYY-MM'));
  const valid = /^\d{4}-\d{2}$/.test(month);
  return (
    <div className="row mlist-register">
      <label className="mlist-inline-label">
        {t('mailUi.lists.register.month')}
        <input type="month" value={month} onChange={(e) => setMonth(e.target.value)} />
      </label>
      {valid ? (
        <Link className="button" to={previewLink('mail.register', monthRange(month))}>
          {t('mailUi.lists.register.print')}
        </Link>
      ) : null}
    </div>
  );
}
