import { translate } from '../../../src-shared/i18n';
import type { Ctx } from '../../ipc/context';

/** A refusal's field message or entity name in the caller's language (`borrowing.msg.*`). */
export const msg = (ctx: Ctx, key: string, params?: Record<string, string | number>): string =>
  translate(ctx.lang, `borrowing.msg.${key}`, params);

/** Any `borrowing.*` string in the caller's language. */
export const bt = (ctx: Ctx, key: string, params?: Record<string, string | number>): string => translate(ctx.lang, `borrowing.${key}`, params);
