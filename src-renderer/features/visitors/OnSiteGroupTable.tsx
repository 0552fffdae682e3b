import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { OnSiteGroup, VisitRow } from '../../../src-shared/modules/visitors';
import { ListTable } from '../../components/ListTable';
import { formatTime } from '../../components/time';
import { hostLabel, stayed } from './visitText';

interface Props {
  group: OnSiteGroup;
  now: Date;
  busy: boolean;
  canCheckOut: boolean;
  onCheckOut(visit: VisitRow): void;
}

/** One building's visitors on site: what security needs at a glance, and 签离 on each row. */
export function OnSiteGroupTable({ group, now, busy, canCheckOut, onCheckOut }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const building = group.buildingName || t('visitors.noBuilding');
  const columns = [
    t('visitors.col.visitNo'),
    t('visitors.col.name'),
    t('visitors.col.company'),
    t('visitors.col.host'),
    t('visitors.col.party'),
    t('visitors.col.timeIn'),
    t('visitors.col.plate'),
    t('app.actions'),
  ];
  return (
    <section className="visit-group" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('visitorsUi.onSite.group', { building, visits: group.visits.length, people: group.people })}</h2>
      <ListTable className="data-table" columns={columns} empty={t('app.noRecords')} rows={group.visits}>
        {(v) => (
          <tr key={v.id}>
            <td className="nowrap">{v.visitNo}</td>
            <td>
              <strong>{v.name}</strong>
              {v.passNumber ? <div className="muted">{t('visitorsUi.history.viaPass', { number: v.passNumber })}</div> : null}
            </td>
            <td>{v.company}</td>
            <td>{hostLabel(v)}</td>
            <td className="visit-num">{v.partySize}</td>
            <td className="nowrap">
              {formatTime(v.checkedInAt)}
              <div className="muted">{t('visitorsUi.onSite.stayed', { duration: stayed(t, v.checkedInAt, now) })}</div>
            </td>
            <td className="nowrap">{v.plate}</td>
            <td>
              <div className="visit-actions">
                {canCheckOut ? (
                  <button type="button" className="visit-out-button" disabled={busy} onClick={() => onCheckOut(v)}>
                    {t('visitorsUi.onSite.checkOut')}
                  </button>
                ) : null}
                <Link to={`/visitors/${v.id}/slip`} className="visit-slip-link">
                  {t('visitorsUi.slipLink')}
                </Link>
              </div>
            </td>
          </tr>
        )}
      </ListTable>
    </section>
  );
}
