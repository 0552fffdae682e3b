import { DeskError } from '../../../src-shared/errors';
import type { ModuleHandlers } from '../../ipc/handler';
import { keysetPage } from '../../ipc/paging';
import { realDate } from '../passes/checks';
import { cancel, closeFollowUp, decide, lend, takeBack } from './decisions';
import { searchDocuments } from './documents';
import { borrowingRegister, followUps, listRequests } from './lists';
import { msg } from './messages';
import { mustFindRequest } from './queries';
import { createRequest, preview } from './requests';

/** Archive borrowing (issue 7; 000 §5.6). */
export const borrowingHandlers: ModuleHandlers<'borrowing'> = {
  'borrowing.documents': async (input, ctx) => searchDocuments(ctx, input.q, input.limit),
  'borrowing.requirement': async (input, ctx) => preview(ctx, input),
  'borrowing.create': async (input, ctx) => mustFindRequest(ctx, createRequest(ctx, input)),
  'borrowing.list': async (input, ctx) => keysetPage(listRequests(ctx, input.view, input.before, input.limit), input.limit),
  'borrowing.get': async (input, ctx) => mustFindRequest(ctx, input.id),
  'borrowing.approve': async (input, ctx) => {
    decide(ctx, input.id, true, input.comment);
    return mustFindRequest(ctx, input.id);
  },
  'borrowing.reject': async (input, ctx) => {
    decide(ctx, input.id, false, input.comment);
    return mustFindRequest(ctx, input.id);
  },
  'borrowing.cancel': async (input, ctx) => {
    cancel(ctx, input.id, input.comment);
    return mustFindRequest(ctx, input.id);
  },
  'borrowing.lend': async (input, ctx) => {
    lend(ctx, input.id);
    return mustFindRequest(ctx, input.id);
  },
  'borrowing.return': async (input, ctx) => {
    takeBack(ctx, input.id, input);
    return mustFindRequest(ctx, input.id);
  },
  'borrowing.followUps': async (input, ctx) => followUps(ctx, input.open),
  'borrowing.followUps.close': async (input, ctx) => {
    closeFollowUp(ctx, input.id, input.note);
    return mustFindRequest(ctx, input.id);
  },
  'borrowing.register': async (input, ctx) => {
    realDate(input.from, 'from');
    realDate(input.to, 'to');
    if (input.to < input.from) throw new DeskError('VALIDATION', {}, { to: msg(ctx, 'toBeforeFrom') });
    return borrowingRegister(ctx, input.from, input.to);
  },
};
