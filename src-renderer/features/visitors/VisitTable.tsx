import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { VisitRow } from '../../../src-shared/modules/visitors';
import { formatTime } from '../../components/time';
import { CheckedOutCell } from './CheckedOutCell';
import { hostLabel } from './visitText';

const COLUMNS = 11;

interface Props {
  rows: VisitRow[];
  /** Managers only: the full ID number behind a reason. */
  onReveal?(row: VisitRow): void;
}

/** Visit records; the exceptions (ID override, blocklist override, never signed out) are flagged on the row. */
export function VisitTable({ rows, onReveal }: Props) {
  const { t } = useTranslation();
  return (
    // A narrow desk window scrolls the table sideways rather than squeezing the times onto two lines.
    <div className="visit-table-wrap">
      <table className="data-table visit-table">
        <thead>
          <tr>
            <th>{t('visitors.col.visitNo')}</th>
            <th>
              {t('visitors.col.name')} / {t('visitors.col.company')}
            </th>
            <th>
              {t('visitors.col.idNumber')} / {t('visitors.col.phone')}
            </th>
            <th>{t('visitors.col.purpose')}</th>
            <th>{t('visitors.col.host')}</th>
            <th>{t('visitors.col.party')}</th>
            <th>{t('visitors.col.plate')}</th>
            <th>{t('visitors.col.timeIn')}</th>
            <th>{t('visitors.col.timeOut')}</th>
            <th>{t('visitors.col.desk')}</th>
            <th>{t('app.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={COLUMNS} className="empty">
                {t('app.noRecords')}
              </td>
            </tr>
          ) : (
            rows.map((v) => {
              const notes = [
                v.idOverrideReason ? { key: 'id', danger: false, text: t('visitorsUi.history.idOverride', { reason: v.idOverrideReason }) } : null,
                v.blocklistOverride
                  ? { key: 'block', danger: true, text: t('visitorsUi.history.blockOverride', { by: v.blocklistOverride.by, reason: v.blocklistOverride.reason }) }
                  : null,
              ].filter((n) => n !== null);
              const rowClass = v.checkoutKind === 'auto' ? 'visit-row visit-row-auto' : 'visit-row';
              return (
                <Fragment key={v.id}>
                  <tr className={notes.length ? `${rowClass} visit-row-has-notes` : rowClass}>
                    <td className="nowrap">{v.visitNo}</td>
                    <td>
                      <strong>{v.name}</strong>
                      {v.company ? <div className="muted">{v.company}</div> : null}
                    </td>
                    <td className="nowrap">
                      <span>{v.idNumberMasked}</span>
                      <div className="muted">{v.purged ? t('visitorsUi.history.purged') : v.phone}</div>
                    </td>
                    <td>
                      {v.purpose}
                      {v.passNumber ? <div className="muted">{t('visitorsUi.history.viaPass', { number: v.passNumber })}</div> : null}
                    </td>
                    <td>{hostLabel(v)}</td>
                    <td className="visit-num">{v.partySize}</td>
                    <td className="nowrap">{v.plate}</td>
                    <td className="nowrap">{formatTime(v.checkedInAt)}</td>
                    <td>
                      <CheckedOutCell visit={v} />
                    </td>
                    <td className="nowrap">
                      {v.checkedInBy}
                      {v.checkedOutBy && v.checkoutKind !== 'auto' ? <div className="muted">{v.checkedOutBy}</div> : null}
                    </td>
                    <td>
                      <div className="visit-actions">
                        <Link to={`/visitors/${v.id}/slip`}>{t('visitorsUi.slipLink')}</Link>
                        {onReveal && !v.purged ? (
                          <button type="button" className="link" onClick={() => onReveal(v)}>
                            {t('visitorsUi.history.reveal')}
                          </button>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                  {notes.length ? (
                    // The exceptions a manager reviews get the row's full width, under the visit they belong to.
                    <tr className={`${rowClass} visit-row-notes`}>
                      <td colSpan={COLUMNS}>
                        {notes.map((n) => (
                          <div key={n.key} className={n.danger ? 'visit-flag visit-flag-danger' : 'visit-flag'}>
                            {n.text}
                          </div>
                        ))}
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
