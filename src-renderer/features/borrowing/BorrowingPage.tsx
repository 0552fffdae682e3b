import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { BORROW_VIEWS, type BorrowView } from '../../../src-shared/modules/borrowing';
import { useCan } from '../../app/access';
import { Notice } from '../../components/Field';
import { previewLink } from '../registers/previewLink';
import { FollowUps } from './FollowUps';
import { RequestDialog } from './RequestDialog';
import { RequestList } from './RequestList';
import { useRequirementText } from './requirement';
import './borrowing.css';

/** 文件资料借阅 (000 §5.6): requests by state, filing for the office, decisions for approvers, lending and return. */
export function BorrowingPage() {
  const { t } = useTranslation();
  const [filing, setFiling] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  // The home screen's tiles open a given tab (待我审批, 逾期).
  const asked = useSearchParams()[0].get('view');
  const linked = BORROW_VIEWS.find((v) => v === asked) as BorrowView | undefined;
  const canFile = useCan('borrowing.create');
  const canApprove = useCan('borrowing.approve');
  const requirementText = useRequirementText();
  const now = dayjs();
  const month = { from: now.startOf('month').format('YYYY-MM-DD'), to: now.endOf('month').format('YYYY-MM-DD') };
  const changed = (message: string) => {
    setNotice(message);
    setRound((r) => r + 1);
  };

  return (
    <div className="page borrow-page">
      <div className="page-head">
        <h1>{t('borrowingUi.title')}</h1>
        <div className="borrow-head-actions">
          {canFile ? (
            <button type="button" className="primary" onClick={() => setFiling(true)}>
              {t('borrowingUi.newRequest')}
            </button>
          ) : null}
          <Link className="button" to={previewLink('borrowing.register', month)}>
            {t('borrowingUi.registerLink')}
          </Link>
        </div>
      </div>
      <p className="muted">{t('borrowingUi.intro')}</p>
      <Notice message={notice} />
      <FollowUps round={round} onChanged={changed} />
      <RequestList key={`${canApprove ? 'approver' : 'desk'}-${linked ?? ''}`} round={round} initialView={linked && (linked !== 'mine' || canApprove) ? linked : canApprove && !canFile ? 'mine' : 'pending'} onChanged={changed} />
      {filing ? (
        <RequestDialog
          onClose={() => setFiling(false)}
          onDone={(r) => {
            setFiling(false);
            changed(t('borrowingUi.filed', { no: r.requestNo, approver: t('borrowingUi.approver', { role: requirementText(r.requiredRole, r.requiredDepartment) }) }));
          }}
        />
      ) : null}
    </div>
  );
}
