import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { BatchRow, MailItemRow } from '../../../src-shared/modules/mail';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner } from '../../components/Field';
import { formatTime } from '../../components/time';
import { previewLink } from '../registers/previewLink';
import { BatchFinishDialog } from './BatchFinishDialog';
import { ScanPanel } from './ScanPanel';
import { SignInParcelList } from './SignInParcelList';

interface Props {
  id: number;
  onLeave(): void;
}

/** One courier's batch: who brought it, the scan loop while it is open, its parcels, and the handover sheet. */
export function BatchDesk({ id, onLeave }: Props) {
  const { t } = useTranslation();
  const [batch, setBatch] = useState<BatchRow | null>(null);
  const [items, setItems] = useState<MailItemRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [finishing, setFinishing] = useState(false);
  const handoverLink = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    let live = true;
    invoke('mail.batches.get', { id }).then(
      (r) => {
        if (!live) return;
        setBatch(r.batch);
        setItems([...r.items].reverse());
      },
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [id]);

  const closed = !!batch?.closedAt;
  // Finished: the next thing to do is the sheet both sign, so Enter opens it.
  useEffect(() => {
    if (closed) handoverLink.current?.focus();
  }, [closed]);

  if (!batch) {
    return (
      <>
        <ErrorBanner message={error} />
        {error ? (
          <button type="button" onClick={onLeave}>
            {t('mailUi.signIn.single.back')}
          </button>
        ) : null}
      </>
    );
  }

  const handover = previewLink('mail.batches.handover', { id: batch.id });
  return (
    <div className="mail-signin-desk">
      <section className="mail-signin-batch" aria-label={t('mailUi.signIn.batch.heading', { no: batch.batchNo })}>
        <div className="mail-signin-batch-who">
          <h2>{t('mailUi.signIn.batch.heading', { no: batch.batchNo })}</h2>
          <p>
            {t('mailUi.signIn.batch.courier', { carrier: batch.carrierName, name: batch.courierName })}
            {batch.courierPhone ? ` ${batch.courierPhone}` : ''}
          </p>
          <p className="muted">{t('mailUi.signIn.batch.opened', { at: formatTime(batch.openedAt), by: batch.openedBy })}</p>
        </div>
        <div className="mail-signin-batch-count" data-testid="batch-count">
          {t('mailUi.signIn.batch.count', { count: items.length })}
        </div>
        <div className="row">
          <Link className={closed ? 'button primary' : 'button'} to={handover} ref={handoverLink}>
            {t('mailUi.signIn.batch.handover')}
          </Link>
          {closed ? null : (
            <button type="button" onClick={() => setFinishing(true)}>
              {t('mailUi.signIn.batch.finish')}
            </button>
          )}
          <button type="button" onClick={onLeave}>
            {closed ? t('mailUi.signIn.batch.newBatch') : t('mailUi.signIn.batch.leave')}
          </button>
        </div>
      </section>
      {closed ? (
        <p className="notice" role="status">
          {t('mailUi.signIn.batch.finished', { no: batch.batchNo, at: formatTime(batch.closedAt), count: items.length })}
        </p>
      ) : (
        <ScanPanel batch={batch} onSigned={(item) => setItems((list) => [item, ...list])} />
      )}
      <SignInParcelList title={t('mailUi.signIn.list.title')} items={items} />
      {finishing ? (
        <BatchFinishDialog
          batch={batch}
          count={items.length}
          onClose={() => setFinishing(false)}
          onDone={(b) => {
            setFinishing(false);
            setBatch(b);
          }}
        />
      ) : null}
    </div>
  );
}
