import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailItemRow } from '../../../src-shared/modules/mail';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner, Notice } from '../../components/Field';
import { TableFoot } from '../../components/TableFoot';
import { formatTime } from '../../components/time';
import { usePagedSearch } from '../../components/usePagedSearch';
import { LetterForm } from './LetterForm';
import { LetterSignDialog } from './LetterSignDialog';
import { deliverable, LetterTable, letterRecipient } from './LetterTable';
import { recipientKey } from './PickupGroupTable';
import './mail-pickup.css';

const PAGE = 100;

/** Letters as they come in, and the round of putting them into mailboxes; registered ones against a signature. */
export function LettersPage() {
  const { t } = useTranslation();
  const [formRound, setFormRound] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [signing, setSigning] = useState<MailItemRow[] | null>(null);
  const [busy, setBusy] = useState(false);

  const fetchPage = useCallback(
    (_q: string, before: number | undefined, signal: AbortSignal) => invoke('mail.items.search', { q: '', kind: 'letters', view: 'open', limit: PAGE, ...(before ? { before } : {}) }, { signal }),
    [],
  );
  const list = usePagedSearch<string, MailItemRow>(fetchPage);
  const { run } = list;
  const reload = useCallback(() => run('', true), [run]);
  useEffect(reload, [reload]);

  const picked = list.rows.filter((m) => selected.has(m.id) && deliverable(m));
  const registered = picked.filter((m) => m.kind === 'registered');

  const toggle = (m: MailItemRow) => {
    const ids = new Set(selected);
    if (ids.has(m.id)) ids.delete(m.id);
    else ids.add(m.id);
    setSelected(ids);
  };

  const deliver = async (signature?: string) => {
    const { delivered } = await invoke('mail.letters.deliver', { ids: picked.map((m) => m.id), ...(signature ? { signature } : {}) });
    setSigning(null);
    setSelected(new Set());
    setNotice(t('mailUi.pickup.letters.delivered', { count: delivered }));
    reload();
  };

  const startDelivery = async () => {
    setNotice(null);
    setProblem(null);
    if (registered.length) {
      // One signature stands for one person: registered letters of two recipients cannot share it.
      if (new Set(registered.map(recipientKey)).size > 1) return setProblem(t('mailUi.pickup.letters.oneSigner'));
      return setSigning(registered);
    }
    setBusy(true);
    try {
      await deliver();
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page letter-page">
      <div className="page-head">
        <h1>{t('mailUi.pickup.letters.title')}</h1>
      </div>
      <Notice message={notice} />
      <LetterForm
        key={formRound}
        onDone={(letter) => {
          const kind = [t(`mailUi.kind.${letter.kind}`), letter.trackingNo].filter(Boolean).join(' ');
          setNotice(t('mailUi.pickup.letters.done', { kind, recipient: letterRecipient(letter), due: formatTime(letter.dueAt) }));
          setFormRound((r) => r + 1);
          reload();
        }}
      />
      <section aria-labelledby="letter-list-title">
        <div className="letter-list-head">
          <h2 id="letter-list-title">{t('mailUi.pickup.letters.listTitle')}</h2>
          <button type="button" className="primary" disabled={busy || picked.length === 0} onClick={() => void startDelivery()}>
            {t('mailUi.pickup.letters.deliver', { count: picked.length })}
          </button>
        </div>
        {problem ? (
          <div className="pickup-refusal letter-problem" role="alert">
            {problem}
          </div>
        ) : null}
        <ErrorBanner message={list.error} />
        <LetterTable
          rows={list.rows}
          selected={selected}
          onToggle={toggle}
          onToggleAll={(on) => setSelected(new Set(on ? list.rows.filter(deliverable).map((m) => m.id) : []))}
        />
        <TableFoot countLabel={t('mailUi.pickup.letters.count', { count: list.rows.length })} hasMore={list.hasMore} onMore={() => void list.loadMore()} />
      </section>
      {signing ? (
        <LetterSignDialog
          registered={signing}
          ordinaryCount={picked.length - signing.length}
          onClose={() => setSigning(null)}
          deliver={(signature) => deliver(signature)}
        />
      ) : null}
    </div>
  );
}
