import { Fragment } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { VisitRow } from '../../../src-shared/modules/visitors';
import { ListTable } from '../../components/ListTable';
import { formatTime } from '../../components/time';
import { CheckedOutCell } from './CheckedOutCell';
import { hostLabel } from './visitText';


interface Props {
  rows: VisitRow[];
  /** Managers only: the full ID number behind a reason. */
  onReveal?(row: VisitRow): void;
}

/** Visit records; the exceptions (ID override, blocklist override, never signed out) are flagged on the row. */
export function VisitTable({ rows, onReveal }: Props) {
  const { t } = useTranslation();
  const columns = [
    t('visitors.col.visitNo'),
    `${t('visitors.col.name')} / ${t('visitors.col.company')}`,
    `${t('visitors.col.idNumber')} / ${t('visitors.col.phone')}`,
    t('visitors.col.purpose'),
    t('visitors.col.host'),
    t('visitors.col.party'),
    t('visitors.col.plate'),
    t('visitors.col.timeIn'),
    t('visitors.col.timeOut'),
    t('visitors.col.desk'),
    t('app.actions'),
  ];
  return (
    // The list's box scrolls sideways in a narrow desk window rather than squeezing the times onto two lines.
    <ListTable className="data-table visit-table" columns={columns} empty={t('app.noRecords')} rows={rows}>
      {(v) => {
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
                <td colSpan={columns.length}>
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
      }}
    </ListTable>
  );
}
