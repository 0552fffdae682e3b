import { DeskError } from '../../../src-shared/errors';
import type { ModuleHandlers } from '../../ipc/handler';
import { keysetPage } from '../../ipc/paging';
import { realDate } from '../passes/checks';
import { dutyLog } from './dutylog';
import { shiftFigures, shiftStart } from './figures';
import { msg } from './messages';
import { handoversWhere, mustFindHandover, pendingHandover, publicHandover } from './queries';
import { confirm, submit, withdraw } from './service';
import type { Ctx } from '../../ipc/context';

const one = (ctx: Ctx, id: number) => publicHandover(mustFindHandover(ctx, id));

export const handoverHandlers: ModuleHandlers<'handover'> = {
  'handover.draft': async (_input, ctx) => {
    const { since, from } = shiftStart(ctx);
    const pending = pendingHandover(ctx);
    return { since, figures: shiftFigures(ctx, from), pending: pending ? publicHandover(pending) : null };
  },
  'handover.submit': async (input, ctx) => one(ctx, submit(ctx, input)),
  'handover.withdraw': async (input, ctx) => {
    withdraw(ctx, input.id);
    return one(ctx, input.id);
  },
  'handover.confirm': async (input, ctx) => {
    await confirm(ctx, input);
    return one(ctx, input.id);
  },
  'handover.get': async (input, ctx) => one(ctx, input.id),
  'handover.list': async (input, ctx) => {
    if (input.from) realDate(input.from, 'from');
    if (input.to) realDate(input.to, 'to');
    if (input.from && input.to && input.to < input.from) throw new DeskError('VALIDATION', {}, { to: msg(ctx, 'toBeforeFrom') });
    const rows = handoversWhere(
      ctx,
      `(@from IS NULL OR h.handover_day >= @from) AND (@to IS NULL OR h.handover_day <= @to) AND (@before IS NULL OR h.id < @before)
       ORDER BY h.id DESC LIMIT @limit`,
      { from: input.from ?? null, to: input.to ?? null, before: input.before ?? null, limit: input.limit },
    ).map(publicHandover);
    return keysetPage(rows, input.limit);
  },
  'handover.dutyLog': async (input, ctx) => {
    realDate(input.day, 'day');
    return dutyLog(ctx, input.day);
  },
};
