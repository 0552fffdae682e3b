import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BORROW_VIEWS, type BorrowRow, type BorrowView } from '../../../src-shared/modules/borrowing';
import { invoke } from '../../api/client';
import { useCan } from '../../app/access';
import { ErrorBanner } from '../../components/Field';
import { ListTable } from '../../components/ListTable';
import { ReasonDialog } from '../../components/ReasonDialog';
import { TableFoot } from '../../components/TableFoot';
import { formatTime } from '../../components/time';
import { usePagedSearch } from '../../components/usePagedSearch';
import { ViewTabs } from '../lending/ViewTabs';
import { DecideDialog } from './DecideDialog';
import { useRequirementText } from './requirement';
import { ReturnDialog } from './ReturnDialog';
import { borrowerText } from './rowText';

type Acting = { kind: 'approve' | 'reject' | 'return' | 'cancel'; row: BorrowRow } | null;

/** Requests newest first, by tab; each row offers what the caller may do with it now. */
export function RequestList({ round, initialView, onChanged }: { round: number; initialView: BorrowView; onChanged(message: string): void }) {
  const { t } = useTranslation();
  const [view, setView] = useState<BorrowView>(initialView);
  const [acting, setActing] = useState<Acting>(null);
  const [actError, setActError] = useState<string | null>(null);
  const desk = useCan('borrowing.lend');
  const approver = useCan('borrowing.approve');
  const views = BORROW_VIEWS.filter((v) => v !== 'mine' || approver);
  const requirementText = useRequirementText();
  const fetchPage = useCallback((v: BorrowView, before: number | undefined, signal: AbortSignal) => invoke('borrowing.list', { view: v, limit: 50, ...(before ? { before } : {}) }, { signal }), []);
  const list = usePagedSearch<BorrowView, BorrowRow>(fetchPage);
  const { run } = list;
  useEffect(() => run(view, true), [run, view, round]);
  const columns = (['requestNo', 'document', 'borrower', 'approver', 'due', 'status', 'actions'] as const).map((c) => t(`borrowingUi.col.${c}`));

  const done = (message: string) => {
    setActing(null);
    setActError(null);
    onChanged(message);
  };
  const lend = async (r: BorrowRow) => {
    try {
      await invoke('borrowing.lend', { id: r.id });
      done(t('borrowingUi.lent', { no: r.requestNo }));
    } catch (err) {
      setActError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section aria-label={t('borrowingUi.viewsLabel')}>
      <ViewTabs views={views} value={view} onChange={setView} prefix="borrowingUi.views" label={t('borrowingUi.viewsLabel')} />
      <ErrorBanner message={list.error ?? actError} />
      <ListTable className="data-table borrow-table" columns={columns} empty={t('borrowingUi.none')} rows={list.rows}>
        {(r) => (
          <tr key={r.id} data-testid="borrow-row" className={r.overdue ? 'borrow-row-overdue' : undefined}>
            <td className="borrow-mono nowrap">{r.requestNo}</td>
            <td>
              {r.docTitle}
              <div className="muted borrow-note">{[r.indexNo, r.docNo, r.drawingNo].filter(Boolean).join(' · ')} · {r.level}级</div>
            </td>
            <td>
              {borrowerText(t, r)}
              <div className="muted borrow-note">{r.purpose}</div>
            </td>
            <td>
              {r.decidedBy ? t('borrowingUi.decided', { by: r.decidedBy, at: formatTime(r.decidedAt) }) : t('borrowingUi.approver', { role: requirementText(r.requiredRole, r.requiredDepartment) })}
              {r.decisionComment ? <div className="muted borrow-note">{r.decisionComment}</div> : null}
              {r.steps.length ? <div className="muted borrow-note">{r.steps.map((s) => t(`borrowingUi.steps.${s}`)).join('；')}</div> : null}
            </td>
            <td className="nowrap">
              {r.dueDate}
              {r.overdue ? <span className="borrow-flag borrow-flag-danger">{t('borrowingUi.overdue')}</span> : null}
            </td>
            <td>
              {t(`borrowing.status.${r.status}`)}
              {r.lentAt ? <div className="muted borrow-note">{t('borrowingUi.lentLine', { at: formatTime(r.lentAt), by: r.lentBy })}</div> : null}
              {r.returnedAt ? <div className="muted borrow-note">{t('borrowingUi.returnedLine', { at: formatTime(r.returnedAt), by: r.receivedBy })}</div> : null}
              {r.condition === 'damaged' ? <div className="borrow-note">{t('borrowing.damaged', { remarks: r.remarks })}</div> : null}
              {r.followUp ? <span className="borrow-flag borrow-flag-warn">{r.followUpClosedAt ? t('borrowingUi.followUpClosed') : t('borrowingUi.followUp')}</span> : null}
            </td>
            <td className="borrow-actions">
              {r.mayDecide ? (
                <>
                  <button type="button" className="primary" onClick={() => setActing({ kind: 'approve', row: r })}>{t('borrowingUi.approve')}</button>
                  <button type="button" onClick={() => setActing({ kind: 'reject', row: r })}>{t('borrowingUi.reject')}</button>
                </>
              ) : null}
              {desk && r.status === 'approved' ? <button type="button" className="primary" onClick={() => void lend(r)}>{t('borrowingUi.lend')}</button> : null}
              {desk && r.status === 'lent' ? <button type="button" onClick={() => setActing({ kind: 'return', row: r })}>{t('borrowingUi.returnButton')}</button> : null}
              {desk && (r.status === 'pending' || r.status === 'approved') ? (
                <button type="button" className="link" onClick={() => setActing({ kind: 'cancel', row: r })}>{t('borrowingUi.cancel')}</button>
              ) : null}
            </td>
          </tr>
        )}
      </ListTable>
      <TableFoot countLabel={t('borrowingUi.count', { count: list.rows.length })} hasMore={list.hasMore} onMore={() => void list.loadMore()} />
      {acting?.kind === 'approve' || acting?.kind === 'reject' ? (
        <DecideDialog
          row={acting.row}
          verdict={acting.kind}
          onClose={() => setActing(null)}
          onDone={(r) => done(t('borrowingUi.decidedNotice', { no: r.requestNo, verdict: t(`borrowing.status.${r.status}`) }))}
        />
      ) : null}
      {acting?.kind === 'return' ? <ReturnDialog row={acting.row} onClose={() => setActing(null)} onDone={(r) => done(t('borrowingUi.returned', { no: r.requestNo }))} /> : null}
      {acting?.kind === 'cancel' ? (
        <ReasonDialog
          title={t('borrowingUi.cancelTitle', { no: acting.row.requestNo })}
          label={t('borrowingUi.cancelReason')}
          submitLabel={t('borrowingUi.cancel')}
          danger
          onClose={() => setActing(null)}
          submit={(comment) => invoke('borrowing.cancel', { id: acting.row.id, comment })}
          onDone={(r) => done(t('borrowingUi.cancelled', { no: r.requestNo }))}
        />
      ) : null}
    </section>
  );
}
