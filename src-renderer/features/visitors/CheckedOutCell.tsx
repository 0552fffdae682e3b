import { useTranslation } from 'react-i18next';
import type { VisitRow } from '../../../src-shared/modules/visitors';
import { formatTime } from '../../components/time';

/**
 * The time out of a visit. A visit closed by the end-of-day job is shown as a warning, never as a plain time: the
 * visitor never signed out, and staff must be able to see who.
 */
export function CheckedOutCell({ visit }: { visit: Pick<VisitRow, 'checkedOutAt' | 'checkoutKind' | 'checkedOutBy'> }) {
  const { t } = useTranslation();
  if (!visit.checkedOutAt) return <span className="visit-tag visit-tag-on">{t('visitorsUi.history.onSite')}</span>;
  if (visit.checkoutKind === 'auto') {
    return (
      <span className="visit-auto-out">
        <span className="visit-tag visit-tag-auto">{t('visitorsUi.autoOut')}</span>
        <span className="nowrap">{formatTime(visit.checkedOutAt)}</span>
      </span>
    );
  }
  return <span className="nowrap">{formatTime(visit.checkedOutAt)}</span>;
}
