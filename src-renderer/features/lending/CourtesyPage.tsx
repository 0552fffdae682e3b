import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LendingTypeRow } from '../../../src-shared/modules/lending';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner, Notice } from '../../components/Field';
import { formatTime } from '../../components/time';
import { LendForm } from './LendForm';
import { LoanList } from './LoanList';
import { RegisterLink } from './RegisterLink';
import { TypeTiles } from './TypeTiles';
import './lending.css';

/** 便民借用: pick what is lent, register the borrower, and take it back from the list below. */
export function CourtesyPage() {
  const { t } = useTranslation();
  const [types, setTypes] = useState<LendingTypeRow[]>([]);
  const [typeId, setTypeId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** Bumped after each lend or return: the stock and the list are read again, and the form starts empty. */
  const [round, setRound] = useState(0);

  const loadTypes = useCallback(async () => {
    try {
      setTypes(await invoke('lending.types.list', {}));
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);
  useEffect(() => void loadTypes(), [loadTypes, round]);

  const type = types.find((ty) => ty.id === typeId) ?? null;

  return (
    <div className="page lend-page">
      <div className="page-head">
        <h1>{t('lendingUi.title')}</h1>
        <RegisterLink channel="lending.register" />
      </div>
      <ErrorBanner message={error} />
      <Notice message={notice} />
      <TypeTiles
        types={types}
        selected={typeId}
        onSelect={(ty) => {
          setTypeId(ty.id);
          setNotice(null);
        }}
      />
      {type ? (
        <LendForm
          key={`${type.id}-${round}`}
          type={type}
          onDone={(loan) => {
            setNotice(
              t('lendingUi.lend.done', {
                loanNo: loan.loanNo, type: loan.typeName, quantity: loan.quantity, who: `${loan.roomLabel} ${loan.borrowerName}`, due: formatTime(loan.dueAt),
              }),
            );
            setTypeId(null);
            setRound((r) => r + 1);
          }}
        />
      ) : (
        <p className="muted">{t('lendingUi.lend.chooseType')}</p>
      )}
      <LoanList
        round={round}
        onReturned={(loan) => {
          setNotice(t('lendingUi.loans.returned', { loanNo: loan.loanNo }));
          setRound((r) => r + 1);
        }}
      />
    </div>
  );
}
