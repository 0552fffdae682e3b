import { DeskError } from '../../../src-shared/errors';
import type { ModuleHandlers } from '../../ipc/handler';
import { realDate } from '../passes/checks';
import { collectDeposit, createDeposit, depositsRegister, listDeposits, mustFindDeposit } from './deposits';
import { keyLabels } from './labels';
import { retireKey, saveKey, searchKeys } from './inventory';
import { lendKey, openLoans, reportLost, resolveLock, returnKey } from './lending';
import { msg } from './messages';
import { eventsOf, findKey, loansOfKey, membersOf, mustFindKey, mustFindLoan } from './queries';
import { keyStatistics, loansRegister, statisticsRegister } from './statistics';
import { keysetPage } from '../../ipc/paging';
import { listCategories, saveCategory } from './categories';


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
  'keys.deposits.list': async (input, ctx) => listDeposits(ctx, input),
  'keys.deposits.register': async (input, ctx) => {
    realDate(input.from, 'from');
    realDate(input.to, 'to');
    if (input.to < input.from) throw new DeskError('VALIDATION', {}, { to: msg(ctx, 'toBeforeFrom') });
    return depositsRegister(ctx, input.from, input.to);
  },
  'keys.label': async (input, ctx) => keyLabels(ctx, input.ids),

  'keys.categories.list': async (input, ctx) => listCategories(ctx, input.includeInactive),
  'keys.categories.save': async (input, ctx) => {
    saveCategory(ctx, input);
    return listCategories(ctx, true);
  },
  'keys.statistics': async (_input, ctx) => keyStatistics(ctx),
  'keys.statistics.register': async (_input, ctx) => statisticsRegister(ctx),
  'keys.loans.register': async (input, ctx) => {
    realDate(input.from, 'from');
    realDate(input.to, 'to');
    if (input.to < input.from) throw new DeskError('VALIDATION', {}, { to: msg(ctx, 'toBeforeFrom') });
    return loansRegister(ctx, input.from, input.to);
  },
};
