import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { VISIT_NO_RE, type OnSite, type VisitRow } from '../../../src-shared/modules/visitors';
import { errorMessage, invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner, Notice } from '../../components/Field';
import { formatTime } from '../../components/time';
import { previewLink } from '../registers/previewLink';
import { OnSiteGroupTable } from './OnSiteGroupTable';
import { useOnSite } from './useOnSite';
import { normalizeScan } from './visitText';
import './visitors.css';

type Target = { visitNo: string } | { id: number } | { problem: string };

/**
 * What the scan box means. A full visit number goes to main as scanned; digits alone are the end of the number of
 * someone on site (typing `0001` beats typing `FK-20261123-0001`), taken only when exactly one visit matches.
 */
function targetOf(text: string, onSite: OnSite | null, t: (k: string, o?: Record<string, unknown>) => string): Target {
  if (VISIT_NO_RE.test(text) || !/^\d+$/.test(text)) return { visitNo: text };
  const visits = onSite?.buildings.flatMap((b) => b.visits) ?? [];
  const matches = visits.filter((v) => {
    const digits = v.visitNo.replace(/\D/g, '');
    return text.length <= 4 ? Number(digits.slice(-4)) === Number(text) : digits.endsWith(text);
  });
  if (matches.length === 1) return { id: matches[0].id };
  if (matches.length === 0) return { problem: t('visitorsUi.onSite.noMatch', { tail: text }) };
  return { problem: t('visitorsUi.onSite.ambiguous', { count: matches.length, tail: text }) };
}

export function OnSitePage() {
  const { t } = useTranslation();
  const canCheckOut = useCan('visitors.checkOut');
  const { data, error, loadedAt, reload } = useOnSite();
  const scanBox = useRef<HTMLInputElement>(null);
  const [scan, setScan] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [now, setNow] = useState(() => new Date());

  // The "here for" column moves on with each refresh.
  useEffect(() => {
    if (loadedAt) setNow(loadedAt);
  }, [loadedAt]);

  const checkOut = async (target: { visitNo: string } | { id: number }) => {
    setBusy(true);
    setNotice(null);
    setRefusal(null);
    try {
      const v: VisitRow = await invoke('visitors.checkOut', target);
      setNotice(t('visitorsUi.onSite.out', { visitNo: v.visitNo, name: v.name }));
      return true;
    } catch (err) {
      setRefusal(errorMessage(err));
      return false;
    } finally {
      setBusy(false);
      await reload();
    }
  };

  const submitScan = async (e: FormEvent) => {
    e.preventDefault();
    const text = normalizeScan(scan);
    if (!text || busy) return;
    // A visitor checked in at another desk a moment ago is not in the list yet: ask main first.
    const target = targetOf(text, /^\d+$/.test(text) ? await reload() : data, t);
    if ('problem' in target) {
      setNotice(null);
      setRefusal(target.problem);
      scanBox.current?.select();
      return;
    }
    if (await checkOut(target)) setScan('');
    else scanBox.current?.select();
    scanBox.current?.focus();
  };

  const title = data ? t('visitorsUi.onSite.count', { visits: data.total, people: data.people }) : t('visitorsUi.onSite.title');

  return (
    <div className="page visit-page">
      <div className="page-head">
        <h1 data-testid="onsite-title">{title}</h1>
        <div className="row">
          <Link className="button" to={previewLink('visitors.evacuation.register', {})}>
            {t('visitorsUi.onSite.evacuation')}
          </Link>
        </div>
      </div>
      {canCheckOut ? (
        <form className="visit-scan" onSubmit={(e) => void submitScan(e)}>
          <input
            ref={scanBox}
            type="search"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            className="search-box visit-mono"
            aria-label={t('visitorsUi.onSite.scan')}
            placeholder={t('visitorsUi.onSite.scan')}
            value={scan}
            onChange={(e) => setScan(e.target.value)}
          />
          <span className="muted">{t('visitorsUi.onSite.scanHint')}</span>
        </form>
      ) : null}
      {refusal ? (
        <div className="visit-refusal" role="alert">
          {refusal}
        </div>
      ) : null}
      <Notice message={notice} />
      <ErrorBanner message={error} />
      {data && data.total === 0 ? <p className="visit-empty">{t('visitorsUi.onSite.none')}</p> : null}
      {data?.buildings.map((g) => (
        <OnSiteGroupTable
          key={g.buildingId ?? 'none'}
          group={g}
          now={now}
          busy={busy}
          canCheckOut={canCheckOut}
          onCheckOut={(v) => {
            void checkOut({ id: v.id }).then(() => scanBox.current?.focus());
          }}
        />
      ))}
      {loadedAt ? <p className="muted visit-updated">{t('visitorsUi.onSite.updated', { at: formatTime(loadedAt.toISOString()) })}</p> : null}
    </div>
  );
}
