import { DeskError } from '../../../src-shared/errors';
import type { ModuleHandlers } from '../../ipc/handler';
import { realDate } from '../passes/checks';
import { collectDeposit, createDeposit, depositsWhere, mustFindDeposit } from './deposits';
import { retireKey, saveKey, searchKeys } from './inventory';
import { lendKey, openLoans, reportLost, resolveLock, returnKey } from './lending';
import { msg } from './messages';
import { eventsOf, findKey, loansOfKey, membersOf, mustFindKey, mustFindLoan } from './queries';
import { keyStatistics, loansRegister, statisticsRegister } from './statistics';
import { keysetPage } from '../../ipc/paging';


export const keysHandlers: ModuleHandlers<'keys'> = {
  'keys.save': async (input, ctx) => mustFindKey(ctx, saveKey(ctx, input)),
  'keys.search': async (input, ctx) => keysetPage(searchKeys(ctx, input), input.limit),
  'keys.get': async (input, ctx) => {
    const key = findKey(ctx, input);
    return { key, members: key.kind === 'ring' ? membersOf(ctx, key.id) : [], loans: loansOfKey(ctx, key.id), events: eventsOf(ctx.db, key.id) };
  },
  'keys.retire': async (input, ctx) => {
    const key = findKey(ctx, input);
    retireKey(ctx, key, input.reason);
    return mustFindKey(ctx, key.id);
  },

  'keys.lend': async (input, ctx) => mustFindLoan(ctx, await lendKey(ctx, findKey(ctx, input), input)),
  'keys.return': async (input, ctx) => mustFindLoan(ctx, returnKey(ctx, findKey(ctx, input), input.condition)),
  'keys.loans.open': async (input, ctx) => openLoans(ctx, input.overdueOnly),
  'keys.reportLost': async (input, ctx) => {
    const key = findKey(ctx, input);
    reportLost(ctx, key, input);
    return mustFindKey(ctx, key.id);
  },
  'keys.lockResolved': async (input, ctx) => {
    const key = findKey(ctx, input);
    resolveLock(ctx, key, input.note);
    return mustFindKey(ctx, key.id);
  },

  'keys.deposits.create': async (input, ctx) => mustFindDeposit(ctx, createDeposit(ctx, input)),
  'keys.deposits.collect': async (input, ctx) => mustFindDeposit(ctx, collectDeposit(ctx, input)),
  'keys.deposits.list': async (input, ctx) =>
    depositsWhere(ctx, `(@status = 'all' OR d.status = @status) AND (@unit IS NULL OR d.unit_id = @unit) ORDER BY d.id DESC`, {
      status: input.status,
      unit: input.unitId ?? null,
    }),

  'keys.statistics': async (_input, ctx) => keyStatistics(ctx),
  'keys.statistics.register': async (_input, ctx) => statisticsRegister(ctx),
  'keys.loans.register': async (input, ctx) => {
    realDate(input.from, 'from');
    realDate(input.to, 'to');
    if (input.to < input.from) throw new DeskError('VALIDATION', {}, { to: msg(ctx, 'toBeforeFrom') });
    return loansRegister(ctx, input.from, input.to);
  },
};
