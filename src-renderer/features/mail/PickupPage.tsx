import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailItemRow, PickupRow } from '../../../src-shared/modules/mail';
import { errorMessage, invoke } from '../../api/client';
import { Notice } from '../../components/Field';
import { groupByRecipient, PickupGroupTable, recipientKey, type PickupGroup } from './PickupGroupTable';
import { PickupPanel } from './PickupPanel';
import './mail-pickup.css';

interface Found {
  q: string;
  rows: MailItemRow[];
}

/** Half-width, upper case, no spaces or dashes: how a scanned label is compared with codes and numbers on screen. */
const plain = (s: string) => s.normalize('NFKC').toUpperCase().replace(/[\s-]+/g, '');

/**
 * The pickup counter: one box takes whatever the resident shows or says (the code on the notice, its last four digits,
 * the waybill, their unit or name); the parcels found are handed over per recipient against a signature.
 */
export function PickupPage() {
  const { t } = useTranslation();
  const box = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [groupKey, setGroupKey] = useState<string | null>(null);
  /** A fresh collector form and signature pad for each new search and each other recipient, never a stale signature. */
  const [round, setRound] = useState(0);
  const lastKey = useRef<string | null>(null);

  const groups = useMemo(() => groupByRecipient(found?.rows ?? [], t('mailUi.pickup.noName')), [found, t]);
  const group = groups.find((g) => g.key === groupKey) ?? null;
  const items = group ? group.items.filter((m) => selected.has(m.id)) : [];

  const select = (g: PickupGroup | null, ids: number[]) => {
    const key = g && ids.length ? g.key : null;
    if (key && key !== lastKey.current) {
      lastKey.current = key;
      setRound((r) => r + 1);
    }
    setGroupKey(key);
    setSelected(new Set(ids));
  };

  const find = async (e: FormEvent) => {
    e.preventDefault();
    const text = q.trim();
    if (!text || busy) return;
    setBusy(true);
    setNotice(null);
    setRefusal(null);
    lastKey.current = null;
    setRound((r) => r + 1);
    try {
      const rows = await invoke('mail.pickup.find', { q: text });
      const next = groupByRecipient(rows, '');
      setFound({ q: text, rows });
      // One recipient: all of theirs go out together. Several (a name search): the clerk picks whose.
      if (next.length === 1) select(next[0], next[0].items.map((m) => m.id));
      else select(null, []);
    } catch (err) {
      setFound(null);
      select(null, []);
      setRefusal(errorMessage(err));
    } finally {
      setBusy(false);
      box.current?.select();
    }
  };

  /** Ticking a parcel of another recipient starts a new selection: one pickup is one recipient's. */
  const toggle = (m: MailItemRow) => {
    const g = groups.find((x) => x.key === recipientKey(m)) ?? null;
    if (!g) return;
    if (g.key !== groupKey) return select(g, [m.id]);
    const ids = new Set(selected);
    if (ids.has(m.id)) ids.delete(m.id);
    else ids.add(m.id);
    select(g, [...ids]);
  };

  const toggleGroup = (g: PickupGroup, on: boolean) => select(g, on ? g.items.map((m) => m.id) : []);

  const done = (pickup: PickupRow) => {
    setNotice(t('mailUi.pickup.done', { codes: pickup.items.map((m) => m.pickupCode).join(t('app.listSep')), name: pickup.collectorName }));
    setFound(null);
    select(null, []);
    setQ('');
    box.current?.focus();
  };

  const scanned = found ? plain(found.q) : '';
  const hit = (m: MailItemRow) =>
    scanned !== '' && (plain(m.pickupCode) === scanned || plain(m.trackingNo) === scanned || (/^\d{4}$/.test(scanned) && m.pickupCode.endsWith(scanned)));

  return (
    <div className="page pickup-page">
      <div className="page-head">
        <h1>{t('mailUi.pickup.title')}</h1>
      </div>
      <form className="pickup-scan" onSubmit={(e) => void find(e)}>
        <input
          ref={box}
          type="search"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          className="search-box pickup-scan-box"
          aria-label={t('mailUi.pickup.scan')}
          aria-describedby={refusal ? 'pickup-refusal' : undefined}
          aria-invalid={refusal ? true : undefined}
          placeholder={t('mailUi.pickup.scanPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('mailUi.pickup.find')}
        </button>
        {refusal ? (
          <div className="pickup-refusal" id="pickup-refusal" role="alert">
            {refusal}
          </div>
        ) : (
          <span className="muted pickup-scan-hint">{t('mailUi.pickup.scanHint')}</span>
        )}
      </form>
      <Notice message={notice} />
      {found ? (
        <div className="pickup-layout">
          <div className="pickup-results">
            {groups.length === 0 ? <p className="pickup-empty">{t('mailUi.pickup.none', { q: found.q })}</p> : null}
            {groups.length > 1 ? <p className="warning">{t('mailUi.pickup.chooseGroup', { count: groups.length })}</p> : null}
            {groups.map((g) => (
              <PickupGroupTable key={g.key} group={g} selected={selected} hit={hit} onToggle={toggle} onToggleGroup={toggleGroup} />
            ))}
          </div>
          {groups.length ? <PickupPanel key={round} group={group} items={items} onDone={done} /> : null}
        </div>
      ) : null}
    </div>
  );
}
