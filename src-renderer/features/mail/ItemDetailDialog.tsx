import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { EXCEPTION_KINDS, type ExceptionKind, type MailEventRow, type MailItemRow } from '../../../src-shared/modules/mail';
import { errorMessage, invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/Field';
import { AssignDialog } from './AssignDialog';
import { ExceptionDialog } from './ExceptionDialog';
import { ItemDetailEvents } from './ItemDetailEvents';
import { ItemDetailFields } from './ItemDetailFields';
import { ItemDetailSignature } from './ItemDetailSignature';
import { recipientText, returnable } from './MailListFlags';

interface Props {
  id: number;
  onClose(): void;
  /** Something was recorded: the list behind refreshes and says what. */
  onChanged(message: string): void;
  onReturn(item: MailItemRow): void;
}

type Step = 'view' | 'assign' | ExceptionKind;

/** Which exceptions an item in this state can still take (main refuses the rest). */
function exceptionsFor(m: MailItemRow): ExceptionKind[] {
  return EXCEPTION_KINDS.filter((k) => {
    if (k === 'refused') return m.kind === 'parcel' && m.status === 'waiting';
    if (k === 'damaged') return !m.damaged && (m.status === 'waiting' || m.status === 'refused');
    return m.status === 'waiting' || m.status === 'refused';
  });
}

/**
 * One item with its history and what can be done to it next. An act opens in place of the record (one modal at a
 * time, so Esc closes only the act) and comes back to the record refreshed.
 */
export function ItemDetailDialog({ id, onClose, onChanged, onReturn }: Props) {
  const { t } = useTranslation();
  const canAssign = useCan('mail.items.assign');
  const canException = useCan('mail.items.exception');
  const canReturn = useCan('mail.returns.create');
  const canSignature = useCan('mail.signature');
  const canLabel = useCan('mail.label');
  const [data, setData] = useState<{ item: MailItemRow; events: MailEventRow[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState<Step>('view');

  const load = useCallback(() => {
    invoke('mail.items.get', { id }).then(setData, (err: unknown) => setError(errorMessage(err)));
  }, [id]);
  useEffect(load, [load]);

  const done = (message: string) => {
    setStep('view');
    onChanged(message);
    load();
  };

  const item = data?.item;
  if (item && step === 'assign') {
    return (
      <AssignDialog
        item={item}
        onClose={() => setStep('view')}
        onAssigned={(m) => done(t('mailUi.lists.assign.done', { who: recipientText(m) }))}
      />
    );
  }
  if (item && step !== 'view' && step !== 'assign') {
    return <ExceptionDialog item={item} kind={step} onClose={() => setStep('view')} onDone={() => done(t(`mailUi.lists.exception.${step}.done`))} />;
  }

  const open = item !== undefined && item.closedAt === null;
  const exceptions = item && canException ? exceptionsFor(item) : [];
  const signed = item !== undefined && (item.pickupId !== null || (item.kind === 'registered' && item.status === 'delivered'));

  return (
    <Dialog title={item ? `${t('mailUi.lists.detail.title')} ${item.trackingNo || item.pickupCode}`.trim() : t('mailUi.lists.detail.title')} onClose={onClose} wide>
      <ErrorBanner message={error} />
      {item && data ? (
        <div className="mlist-detail">
          <ItemDetailFields item={item} />
          {canSignature && signed ? <ItemDetailSignature itemId={item.id} /> : null}
          <h3 className="mlist-detail-head">{t('mailUi.lists.detail.history')}</h3>
          <ItemDetailEvents events={data.events} />
        </div>
      ) : null}
      <div className="mlist-detail-actions">
        {item && open && !item.matched && canAssign ? (
          <button type="button" className="primary" onClick={() => setStep('assign')}>
            {t('mailUi.lists.assign.button')}
          </button>
        ) : null}
        {exceptions.map((k) => (
          <button key={k} type="button" className={k === 'damaged' ? undefined : 'mlist-danger-outline'} onClick={() => setStep(k)}>
            {t(`mailUi.lists.exception.${k}.button`)}
          </button>
        ))}
        {item && canReturn && returnable(item) ? (
          <button type="button" onClick={() => onReturn(item)}>
            {t('mailUi.lists.returns.title')}
          </button>
        ) : null}
        {item && canLabel && item.kind === 'parcel' && item.status === 'waiting' ? (
          <Link className="button" to={`/mail/${item.id}/label`}>
            {t('mailUi.lists.detail.label')}
          </Link>
        ) : null}
        <span className="mlist-spacer" />
        <button type="button" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
    </Dialog>
  );
}
