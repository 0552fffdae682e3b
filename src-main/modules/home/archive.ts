import type { HomeCounts } from '../../../src-shared/modules/home';
import type { Role } from '../../../src-shared/roles';
import type { Ctx } from '../../ipc/context';
import { overdueLoanCount, pendingApprovalsFor } from '../borrowing/counts';
import { mayCall } from './access';

/**
 * Archive borrowing (000 §5.6.4): requests waiting for the caller's approval, and archive loans past their due day.
 * The borrowing module owns both definitions; the home screen only asks, for those who may open the lists.
 */
/** Approvers open the pending list (`borrowing.list` view `pending`) to act on it. */
export const ARCHIVE_APPROVALS_LIST = 'borrowing.approve';
/** The overdue view of the borrowing list. */
export const ARCHIVE_LOANS_LIST = 'borrowing.list';

export function archiveCounts(ctx: Ctx, roles: readonly Role[]): HomeCounts['counts'] {
  const out: HomeCounts['counts'] = {};
  if (mayCall(ARCHIVE_APPROVALS_LIST, roles) && mayCall(ARCHIVE_LOANS_LIST, roles)) out.archiveApprovals = pendingApprovalsFor(ctx);
  if (mayCall(ARCHIVE_LOANS_LIST, roles)) out.archiveLoansOverdue = overdueLoanCount(ctx);
  return out;
}
