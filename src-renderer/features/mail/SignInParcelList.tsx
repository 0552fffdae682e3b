import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { MailItemRow } from '../../../src-shared/modules/mail';

interface Props {
  title: string;
  /** Newest first: the parcel just scanned is on top, its code read out or written on the box. */
  items: MailItemRow[];
}

/** The parcels signed in so far, each with its pickup code, its flags and a link to its shelf label. */
export function SignInParcelList({ title, items }: Props) {
  const { t } = useTranslation();
  return (
    <section className="mail-signin-list" aria-label={title}>
      <h2>
        {title} <span className="mail-signin-list-count">{items.length}</span>
      </h2>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('mailUi.signIn.list.col.code')}</th>
            <th>{t('mailUi.signIn.list.col.tracking')}</th>
            <th>{t('mailUi.signIn.list.col.recipient')}</th>
            <th>{t('mailUi.signIn.list.col.flags')}</th>
            <th>{t('mailUi.signIn.list.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? (
            <tr>
              <td colSpan={5} className="empty">
                {t('mailUi.signIn.list.empty')}
              </td>
            </tr>
          ) : null}
          {items.map((m, i) => (
            <tr key={m.id} className={i === 0 ? 'mail-signin-latest' : undefined} data-item-id={m.id}>
              <td>
                <strong className="mail-signin-code">{m.pickupCode}</strong>
              </td>
              <td>
                <span className="mail-signin-mono">{m.trackingNo}</span>
                <br />
                <span className="muted">{m.carrierName}</span>
              </td>
              <td>
                {m.unitLabel}
                {m.unitLabel && m.recipientName ? ' ' : null}
                {m.recipientName}
                {/* A matched recipient's number is in the directory; the screen faces the counter. */}
                {!m.matched && m.recipientPhone ? <span className="muted"> {m.recipientPhone}</span> : null}
              </td>
              <td className="mail-signin-flags">
                {m.matched ? null : (
                  <>
                    <span className="mail-signin-tag mail-signin-tag-unmatched">{t('mailUi.unmatched')}</span>
                    <span className="mail-signin-flag-note">{t('mailUi.signIn.list.unmatchedNote')}</span>
                  </>
                )}
                {m.noConsent ? (
                  <>
                    <span className="mail-signin-tag mail-signin-tag-consent">{t('mailUi.noConsent')}</span>
                    <span className="mail-signin-flag-note mail-signin-consent-note">{t('mailUi.signIn.list.noConsentNote')}</span>
                  </>
                ) : null}
              </td>
              <td className="actions">
                <Link to={`/mail/${m.id}/label`}>{t('mailUi.signIn.list.label')}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
