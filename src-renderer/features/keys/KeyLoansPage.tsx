import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyDetail, LoanRow } from '../../../src-shared/modules/keys';
import { errorMessage, invoke } from '../../api/client';
import { Notice } from '../../components/Field';
import { KeyCard } from './KeyCard';
import { LendForm } from './LendForm';
import { OpenLoans } from './OpenLoans';
import { ReturnForm } from './ReturnForm';
import './keys.css';

/**
 * Lending and returns at the counter: scan the tag, and the screen offers what the key's state allows (lend when it
 * hangs in the cabinet, return when it is out). After either, focus goes back to the scan box for the next tag.
 */
export function KeyLoansPage() {
  const { t } = useTranslation();
  const scanBox = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [detail, setDetail] = useState<KeyDetail | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!detail) scanBox.current?.focus();
  }, [detail]);

  const scan = async (e: FormEvent) => {
    e.preventDefault();
    const raw = code.trim();
    if (!raw || busy) return;
    setBusy(true);
    setProblem(null);
    setDone(null);
    try {
      const d = await invoke('keys.get', { code: raw });
      setDetail(d);
      setCode(d.key.code);
    } catch (err) {
      setDetail(null);
      setProblem(errorMessage(err));
      scanBox.current?.select();
    } finally {
      setBusy(false);
    }
  };

  const finish = (message: string) => {
    setDone(message);
    setDetail(null);
    setCode('');
    setVersion((v) => v + 1);
  };

  const reset = () => {
    setDetail(null);
    requestAnimationFrame(() => scanBox.current?.select());
  };

  const lent = (loan: LoanRow) => finish(t('keysUi.loans.lent', { code: loan.keyCode, name: loan.keyName, borrower: loan.borrowerName }));
  const returned = (loan: LoanRow) =>
    finish(
      t('keysUi.loans.returned', {
        code: loan.keyCode,
        name: loan.keyName,
        late: loan.returnedAt && loan.returnedAt > loan.expectedAt ? t('keysUi.loans.returnedLate') : '',
      }),
    );

  let action = null;
  if (detail) {
    const k = detail.key;
    if (k.ringId !== null) action = <p className="keys-refusal">{t('keysUi.loans.inRing', { ring: k.ringCode ?? '' })}</p>;
    else if (k.status === 'in') action = <LendForm key={k.id} detail={detail} onLent={lent} onCancel={reset} />;
    else if (k.status === 'out') action = <ReturnForm key={k.id} detail={detail} onReturned={returned} onCancel={reset} />;
    else action = <p className="keys-refusal">{t('keysUi.loans.notLendable')}</p>;
  }

  return (
    <div className="page keys-page">
      <div className="page-head">
        <h1>{t('keysUi.loans.title')}</h1>
      </div>
      <form className="keys-scan" onSubmit={(e) => void scan(e)}>
        <div className={problem ? 'field field-invalid' : 'field'}>
          <label className="field-label" htmlFor="keys-scan-code">
            {t('keysUi.loans.scanLabel')}
          </label>
          <input
            id="keys-scan-code"
            ref={scanBox}
            className="keys-scan-input"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('keysUi.loans.scanPlaceholder')}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'keys-scan-error' : undefined}
            value={code}
            onChange={(e) => {
              setCode(e.target.value);
              setProblem(null);
            }}
          />
          {problem ? (
            <span className="field-error" id="keys-scan-error" role="alert">
              {problem}
            </span>
          ) : null}
        </div>
      </form>
      <Notice message={done} />
      {detail ? (
        <div className="keys-desk">
          <KeyCard detail={detail} />
          {action}
        </div>
      ) : null}
      <OpenLoans version={version} />
    </div>
  );
}
