import { translate } from '../../../src-shared/i18n';
import type { Ctx } from '../../ipc/context';

/** A refusal's field message or a register string in the caller's language (`handover.*`). */
export const msg = (ctx: Ctx, key: string, params?: Record<string, string | number>): string =>
  translate(ctx.lang, `handover.msg.${key}`, params);
