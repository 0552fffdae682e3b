import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { RegisterChannel } from '../../../src-shared/modules/registers';
import { previewLink } from '../registers/previewLink';

/** The register is filed once a month: this calendar month's. */
export function RegisterLink({ channel }: { channel: RegisterChannel }) {
  const { t } = useTranslation();
  const now = dayjs();
  const range = { from: now.startOf('month').format('YYYY-MM-DD'), to: now.endOf('month').format('YYYY-MM-DD') };
  return (
    <Link className="button" to={previewLink(channel, range)}>
      {t('lendingUi.registerLink')}
    </Link>
  );
}
