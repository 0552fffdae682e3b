import { translate } from '../../../src-shared/i18n';
import type { Ctx } from '../../ipc/context';

/** A refusal's field message or a label in the caller's language (`doccontrol.msg.*`). */
export const msg = (ctx: Ctx, key: string, params?: Record<string, string | number>): string =>
  translate(ctx.lang, `doccontrol.msg.${key}`, params);

/** Any `doccontrol.*` string (statuses, column labels). */
export const dcT = (ctx: Ctx, key: string, params?: Record<string, string | number>): string => translate(ctx.lang, `doccontrol.${key}`, params);
