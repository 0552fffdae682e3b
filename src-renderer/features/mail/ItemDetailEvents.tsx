import { useTranslation } from 'react-i18next';
import type { MailEventRow } from '../../../src-shared/modules/mail';
import { formatTime } from '../../components/time';

/** Kinds whose note main stores as a code (`phone`, `slip`, `late`); the others are the clerk's own words. */
const CODED_NOTES = new Set(['notified', 'delivered']);

/** The item's own history, oldest first: each step with who did it and when. */
export function ItemDetailEvents({ events }: { events: MailEventRow[] }) {
  const { t } = useTranslation();
  if (!events.length) return <p className="muted">{t('mailUi.lists.detail.noHistory')}</p>;
  return (
    <ol className="mlist-events">
      {events.map((e, i) => (
        <li key={i} className={`mlist-event mlist-event-${e.kind}`}>
          <span className="mlist-event-at">{formatTime(e.at)}</span>
          {/* A kind added in main later still shows, by its code. */}
          <strong className="mlist-event-kind">{t(`mailUi.lists.event.${e.kind}`, { defaultValue: e.kind })}</strong>
          <span className="mlist-event-by">{e.by}</span>
          {e.note ? <span className="mlist-event-note">{CODED_NOTES.has(e.kind) ? t(`mailUi.lists.eventNote.${e.note}`, { defaultValue: e.note }) : e.note}</span> : null}
        </li>
      ))}
    </ol>
  );
}
