import { translate } from '../../../src-shared/i18n';
import type { Ctx } from '../../ipc/context';

/** A refusal's field message or entity name in the caller's language (`lostfound.msg.*`). */
export const msg = (ctx: Ctx, key: string, params?: Record<string, string | number>): string =>
  translate(ctx.lang, `lostfound.msg.${key}`, params);
