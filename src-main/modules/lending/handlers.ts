import { DeskError } from '../../../src-shared/errors';
import type { ModuleHandlers } from '../../ipc/handler';
import type { Ctx } from '../../ipc/context';
import { realDate } from '../passes/checks';
import { lend, loanById, returnLoan, searchLoans } from './loans';
import { msg } from './messages';
import { lendingRegister, storageRegister } from './registers';
import { lendingSettings, readLendingSettings } from './settings';
import { handBack, registerStorage, searchStorage, storageDetail } from './storage';
import { listTypes, saveType } from './types';
import { keysetPage } from '../../ipc/paging';


function period(ctx: Ctx, input: { from: string; to: string }): void {
  realDate(input.from, 'from');
  realDate(input.to, 'to');
  if (input.to < input.from) throw new DeskError('VALIDATION', {}, { to: msg(ctx, 'toBeforeFrom') });
}

export const lendingHandlers: ModuleHandlers<'lending'> = {
  'lending.types.list': async (_input, ctx) => listTypes(ctx.db),
  'lending.types.save': async (input, ctx) => saveType(ctx, input),

  'lending.lend': async (input, ctx) => loanById(ctx, lend(ctx, input)),
  'lending.return': async (input, ctx) => returnLoan(ctx, input.id, input.condition, input.quantity),
  'lending.loans': async (input, ctx) => keysetPage(searchLoans(ctx, input), input.limit),

  'lending.storage.register': async (input, ctx) => registerStorage(ctx, input),
  'lending.storage.handBack': async (input, ctx) => handBack(ctx, input),
  'lending.storage.get': async (input, ctx) => storageDetail(ctx, input.id),
  'lending.storage.list': async (input, ctx) => keysetPage(searchStorage(ctx, input), input.limit),

  'lending.settings.get': async (_input, ctx) => readLendingSettings(ctx.db),
  'lending.settings.update': async (input, ctx) => {
    const { after, changes } = lendingSettings.update(ctx.db, input);
    ctx.note({ entity: 'settings', summary: `寄存设置：${changes}` });
    return after;
  },

  'lending.register': async (input, ctx) => {
    period(ctx, input);
    return lendingRegister(ctx, input.from, input.to);
  },
  'lending.storageRegister': async (input, ctx) => {
    period(ctx, input);
    return storageRegister(ctx, input.from, input.to);
  },
};
