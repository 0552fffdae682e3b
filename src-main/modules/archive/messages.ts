import { translate } from '../../../src-shared/i18n';
import type { IndexProblem } from '../../../src-shared/rules/index-number';
import type { Ctx } from '../../ipc/context';

/** A refusal's field message or entity name in the caller's language (`archive.msg.*`). */
export const msg = (ctx: Ctx, key: string, params?: Record<string, string | number>): string =>
  translate(ctx.lang, `archive.msg.${key}`, params);

/** An index-number problem from `parseIndexNo` in the caller's language (`archive.indexProblem.*`). */
export const indexProblemText = (ctx: Ctx, p: IndexProblem): string => translate(ctx.lang, `archive.indexProblem.${p.code}`, p.params);
